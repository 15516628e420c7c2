using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Forums.AddMember;

internal sealed class AddMemberValidator : AbstractValidator<AddMember>
{
    public AddMemberValidator()
    {
        RuleFor(c => c.OrganisationId).NotEmpty();
        RuleFor(c => c.MemberName).MaximumLength(200);
        RuleFor(c => c.Role).NotEmpty().MaximumLength(100);
    }
}
