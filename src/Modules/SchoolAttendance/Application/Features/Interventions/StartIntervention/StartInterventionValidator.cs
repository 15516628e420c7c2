using FluentValidation;

namespace Samverkan.SchoolAttendance.Application.Features.Interventions.StartIntervention;

internal sealed class StartInterventionValidator : AbstractValidator<StartIntervention>
{
    public StartInterventionValidator()
    {
        RuleFor(c => c.Kind).NotEmpty();
        RuleFor(c => c.ConsentGivenBy).NotEmpty().WithMessage("Record who of the guardians gave consent.").MaximumLength(200);
        RuleFor(c => c.ConsentGivenOn).NotEmpty();
        RuleFor(c => c.StartedOn).NotEmpty();
        RuleFor(c => c.FollowUpEveryWeeks).InclusiveBetween(1, 52);
    }
}
