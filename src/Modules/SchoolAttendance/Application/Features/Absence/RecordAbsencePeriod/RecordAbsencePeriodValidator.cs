using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.RecordAbsencePeriod;

internal sealed class RecordAbsencePeriodValidator : AbstractValidator<RecordAbsencePeriod>
{
    public RecordAbsencePeriodValidator()
    {
        RuleFor(c => c.FromDate).NotEmpty();
        RuleFor(c => c.ToDate).NotEmpty().GreaterThanOrEqualTo(c => c.FromDate).WithMessage("The period ends on or after it starts.");
        RuleFor(c => c.ScheduledMinutes).InclusiveBetween(1, InputBounds.PeriodMinutes);
        RuleFor(c => c.ExcusedMinutes).InclusiveBetween(0, InputBounds.PeriodMinutes);
        RuleFor(c => c.UnexcusedMinutes).InclusiveBetween(0, InputBounds.PeriodMinutes);
    }
}
