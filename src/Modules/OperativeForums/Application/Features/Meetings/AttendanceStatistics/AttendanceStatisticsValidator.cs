using FluentValidation;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Meetings.AttendanceStatistics;

internal sealed class AttendanceStatisticsValidator : AbstractValidator<GetAttendanceStatistics>
{
    public AttendanceStatisticsValidator() =>
        RuleFor(q => q.Term).Must(term => term is null || Term.TryParse(term, out _))
            .WithMessage("A term is written like 2026-VT (spring) or 2026-HT (autumn).");
}
