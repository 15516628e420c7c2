using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Application.Features.Absence.ListAbsenceSteps;
using Samverkan.SchoolAttendance.Domain.Suspensions;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.GetAttendanceSummary;

/// <summary>
/// A term's absence in one view for the pupil's school: the recorded periods added up, their shares of the
/// scheduled time, and the ladder steps reached in the term. The term is the calendar half-year the ladder
/// counts steps in (AbsenceStep), so the shares here are the ones its thresholds were measured against.
/// </summary>
public sealed record AttendanceSummaryDto(
    Guid PupilId, DateOnly TermStart, DateOnly TermEnd, int Periods, long ScheduledMinutes, long ExcusedMinutes, long UnexcusedMinutes,
    decimal TotalPercent, decimal UnexcusedPercent, DateOnly? RecordedThrough, IReadOnlyList<AbsenceStepDto> Steps);

internal sealed record GetAttendanceSummary(Guid PupilId, DateOnly? InTermOf) : IQuery<AttendanceSummaryDto>;

internal sealed class GetAttendanceSummaryHandler(ISchoolAttendanceDbContext db, CaseAccess access, TimeProvider time)
    : IQueryHandler<GetAttendanceSummary, AttendanceSummaryDto>
{
    public async Task<AttendanceSummaryDto> Handle(GetAttendanceSummary query, CancellationToken cancellationToken)
    {
        var pupil = await access.SchoolPupilAsync(query.PupilId, cancellationToken);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "attendance-summary-read"));
        var term = CalendarHalfYear.Of(query.InTermOf ?? StockholmCalendar.Today(time));

        // A period belongs to the term it starts in, as the ladder's shares are per period.
        var totals = await db.AbsencePeriods.AsNoTracking()
            .Where(p => p.PupilId == pupil.Id && p.FromDate >= term.Start && p.FromDate <= term.End)
            .GroupBy(p => p.PupilId)
            .Select(g => new
            {
                Periods = g.Count(),
                Scheduled = g.Sum(p => (long)p.ScheduledMinutes),
                Excused = g.Sum(p => (long)p.ExcusedMinutes),
                Unexcused = g.Sum(p => (long)p.UnexcusedMinutes),
                Through = g.Max(p => p.ToDate),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var steps = await db.AbsenceSteps.AsNoTracking()
            .Where(s => s.PupilId == pupil.Id && s.ReachedOn >= term.Start && s.ReachedOn <= term.End)
            .OrderBy(s => s.ReachedOn).ThenBy(s => s.StepOrder)
            .Select(s => new AbsenceStepDto(s.Id, s.StepOrder, s.Name, s.ReachedOn, s.DueDate, s.CompletedOn))
            .ToListAsync(cancellationToken);

        var scheduled = totals?.Scheduled ?? 0;
        var excused = totals?.Excused ?? 0;
        var unexcused = totals?.Unexcused ?? 0;
        return new AttendanceSummaryDto(
            pupil.Id, term.Start, term.End, totals?.Periods ?? 0, scheduled, excused, unexcused,
            Percent(excused + unexcused, scheduled), Percent(unexcused, scheduled), totals?.Through, steps);
    }

    // Rounded as AbsencePeriod rounds its own shares, and zero (not a division by zero) for a term with nothing recorded.
    private static decimal Percent(long minutes, long scheduled) => scheduled == 0 ? 0m : Math.Round(100m * minutes / scheduled, 1);
}
