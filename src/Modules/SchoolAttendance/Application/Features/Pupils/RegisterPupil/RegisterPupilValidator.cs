using Samverkan.BuildingBlocks.Domain.Identity;
using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SchoolAttendance.Domain.Pupils;

namespace Samverkan.SchoolAttendance.Application.Features.Pupils.RegisterPupil;

internal sealed class RegisterPupilValidator : AbstractValidator<RegisterPupil>
{
    public RegisterPupilValidator()
    {
        // Format, date and check digit are checked in the domain (422 naming the rule); here only presence.
        RuleFor(c => c.PersonalIdentityNumber).NotEmpty().MaximumLength(InputBounds.PersonalIdentityNumber);
        RuleFor(c => c.SchoolId).NotEmpty();
        RuleFor(c => c.OrganiserId).NotEmpty();
        RuleFor(c => c.HomeDistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.SchoolForm).Must(SchoolForms.All.Contains).WithMessage($"School form must be one of: {string.Join(", ", SchoolForms.All)}.");
        RuleFor(c => c.Address).MaximumLength(InputBounds.Line);
    }
}
