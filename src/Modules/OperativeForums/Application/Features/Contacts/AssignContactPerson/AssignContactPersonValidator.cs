using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Contacts.AssignContactPerson;

internal sealed class AssignContactPersonValidator : AbstractValidator<AssignContactPerson>
{
    public AssignContactPersonValidator()
    {
        RuleFor(c => c.SchoolId).NotEmpty();
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.ContactUserId).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.ContactName).NotEmpty().MaximumLength(InputBounds.Name);
    }
}
