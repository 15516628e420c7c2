using FluentValidation;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Directory.RegisterOrganisation;

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Organiser).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).Must(OrganisationKinds.All.Contains)
            .WithMessage($"Kind must be one of: {string.Join(", ", OrganisationKinds.All)}.");
        RuleFor(c => c.DistrictCodes).NotEmpty().WithMessage("An organisation covers at least one district.");
        RuleForEach(c => c.DistrictCodes).NotEmpty().MaximumLength(50);
    }
}
