using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Contacts.AssignContactPerson;

internal sealed class AssignContactPersonValidator : AbstractValidator<AssignContactPerson>
{
    public AssignContactPersonValidator()
    {
        RuleFor(c => c.SchoolId).NotEmpty();
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(50);
        RuleFor(c => c.ContactUserId).NotEmpty().MaximumLength(200);
        RuleFor(c => c.ContactName).NotEmpty().MaximumLength(200);
    }
}
