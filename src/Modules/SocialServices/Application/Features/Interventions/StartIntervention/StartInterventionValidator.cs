using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SocialServices.Application.Features.Interventions.StartIntervention;

internal sealed class StartInterventionValidator : AbstractValidator<StartIntervention>
{
    public StartInterventionValidator()
    {
        RuleFor(c => c.Kind).NotEmpty();
        RuleFor(c => c.ConsentGivenBy).NotEmpty().WithMessage("Record who of the guardians gave consent.").MaximumLength(InputBounds.Name);
        RuleFor(c => c.ConsentGivenOn).NotEmpty();
        RuleFor(c => c.StartedOn).NotEmpty();
        RuleFor(c => c.FollowUpEveryWeeks).InclusiveBetween(1, 52);
    }
}
