using FluentValidation;

namespace Samverkan.SchoolAttendance.Application.Features.Suspensions.DecideSuspension;

internal sealed class DecideSuspensionValidator : AbstractValidator<DecideSuspension>
{
    public DecideSuspensionValidator()
    {
        RuleFor(c => c.StartDate).NotEmpty();
        RuleFor(c => c.EndDate).NotEmpty().GreaterThanOrEqualTo(c => c.StartDate).WithMessage("The end date is on or after the start date.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.HearingNotes).MaximumLength(4000);
        RuleFor(c => c.CompensatoryTeaching).MaximumLength(4000);
    }
}
