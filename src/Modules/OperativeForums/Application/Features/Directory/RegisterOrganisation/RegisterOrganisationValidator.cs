using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Directory.RegisterOrganisation;

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    /// <summary>More than any Swedish municipality has districts (Stockholm 13): a city-wide organisation fits.</summary>
    public const int MaxDistricts = 50;

    public RegisterOrganisationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Organiser).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Kind).Must(OrganisationKinds.All.Contains)
            .WithMessage($"Kind must be one of: {string.Join(", ", OrganisationKinds.All)}.");
        RuleFor(c => c.DistrictCodes).NotEmpty().WithMessage("An organisation covers at least one district.");
        RuleFor(c => c.DistrictCodes.Count).LessThanOrEqualTo(MaxDistricts).OverridePropertyName("districtCodes")
            .WithMessage($"An organisation covers at most {MaxDistricts} districts.").When(c => c.DistrictCodes is not null);
        RuleForEach(c => c.DistrictCodes).NotEmpty().MaximumLength(InputBounds.Code);
    }
}
