using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SocialServices.Application.Features.Intakes.ExtendPreliminaryAssessment;

internal sealed class ExtendPreliminaryAssessmentValidator : AbstractValidator<ExtendPreliminaryAssessment>
{
    public ExtendPreliminaryAssessmentValidator()
    {
        RuleFor(c => c.NewDueDate).NotEmpty();
        RuleFor(c => c.ExceptionalReason).NotEmpty().WithMessage("An extension needs the exceptional reason recorded.").MaximumLength(InputBounds.Reason);
    }
}
