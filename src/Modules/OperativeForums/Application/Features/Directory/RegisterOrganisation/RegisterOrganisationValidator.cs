using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Directory.RegisterOrganisation;

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Organiser).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Kind).Must(OrganisationKinds.All.Contains)
            .WithMessage($"Kind must be one of: {string.Join(", ", OrganisationKinds.All)}.");
        RuleFor(c => c.DistrictCodes).NotEmpty().WithMessage("An organisation covers at least one district.");
        RuleForEach(c => c.DistrictCodes).NotEmpty().MaximumLength(InputBounds.Code);
    }
}
