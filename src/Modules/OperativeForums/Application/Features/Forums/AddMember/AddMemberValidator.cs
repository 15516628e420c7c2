using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Forums.AddMember;

internal sealed class AddMemberValidator : AbstractValidator<AddMember>
{
    public AddMemberValidator()
    {
        RuleFor(c => c.OrganisationId).NotEmpty();
        RuleFor(c => c.MemberName).MaximumLength(InputBounds.Name);
        RuleFor(c => c.Role).NotEmpty().MaximumLength(InputBounds.Name);
    }
}
