using FluentValidation;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.RecordAbsencePeriod;

internal sealed class RecordAbsencePeriodValidator : AbstractValidator<RecordAbsencePeriod>
{
    public RecordAbsencePeriodValidator()
    {
        RuleFor(c => c.FromDate).NotEmpty();
        RuleFor(c => c.ToDate).NotEmpty().GreaterThanOrEqualTo(c => c.FromDate).WithMessage("The period ends on or after it starts.");
        RuleFor(c => c.ScheduledMinutes).GreaterThan(0);
        RuleFor(c => c.ExcusedMinutes).GreaterThanOrEqualTo(0);
        RuleFor(c => c.UnexcusedMinutes).GreaterThanOrEqualTo(0);
    }
}
