using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SchoolAttendance.Application.Features.Suspensions.DecideSuspension;

internal sealed class DecideSuspensionValidator : AbstractValidator<DecideSuspension>
{
    public DecideSuspensionValidator()
    {
        RuleFor(c => c.StartDate).NotEmpty();
        RuleFor(c => c.EndDate).NotEmpty().GreaterThanOrEqualTo(c => c.StartDate).WithMessage("The end date is on or after the start date.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(InputBounds.Text);
        RuleFor(c => c.HearingNotes).MaximumLength(InputBounds.Text);
        RuleFor(c => c.CompensatoryTeaching).MaximumLength(InputBounds.Text);
    }
}
