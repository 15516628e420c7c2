using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SocialServices.Application.Features.Intakes.DecidePreliminaryAssessment;

internal sealed class DecidePreliminaryAssessmentValidator : AbstractValidator<DecidePreliminaryAssessment>
{
    public DecidePreliminaryAssessmentValidator() => RuleFor(c => c.Reasons).NotEmpty().WithMessage("A decision states its reasons.").MaximumLength(InputBounds.LongText);
}
