using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SocialServices.Application.Features.Intakes.RecordProtectionAssessment;

internal sealed class RecordProtectionAssessmentValidator : AbstractValidator<RecordProtectionAssessment>
{
    public RecordProtectionAssessmentValidator() => RuleFor(c => c.Assessment).NotEmpty().MaximumLength(InputBounds.LongText);
}
