using FluentValidation;

namespace Samverkan.SchoolAttendance.Application.Features.SocialServices.RecordProtectionAssessment;

internal sealed class RecordProtectionAssessmentValidator : AbstractValidator<RecordProtectionAssessment>
{
    public RecordProtectionAssessmentValidator() => RuleFor(c => c.Assessment).NotEmpty().MaximumLength(8000);
}
