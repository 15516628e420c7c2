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
        var term = CalendarHalfYear.Of(query.InTermOf ?? StockholmCalendar.Today(time));

        // The pupil, the term's totals and its steps in one statement (EF joins them laterally): one round trip where
        // reading the pupil first took two; the access rule is then checked on the pupil read. A period belongs to the
        // term it starts in, as the ladder's shares are per period.
        var read = await db.Pupils.AsNoTracking()
            .Where(p => p.Id == query.PupilId)
            .Select(p => new
            {
                Pupil = p,
                Totals = db.AbsencePeriods
                    .Where(a => a.PupilId == p.Id && a.FromDate >= term.Start && a.FromDate <= term.End)
                    .GroupBy(a => a.PupilId)
                    .Select(g => new
                    {
                        Periods = g.Count(),
                        Scheduled = g.Sum(a => (long)a.ScheduledMinutes),
                        Excused = g.Sum(a => (long)a.ExcusedMinutes),
                        Unexcused = g.Sum(a => (long)a.UnexcusedMinutes),
                        Through = (DateOnly?)g.Max(a => a.ToDate),
                    })
                    .FirstOrDefault(),
                Steps = db.AbsenceSteps
                    .Where(s => s.PupilId == p.Id && s.ReachedOn >= term.Start && s.ReachedOn <= term.End)
                    .OrderBy(s => s.ReachedOn).ThenBy(s => s.StepOrder)
                    .Select(s => new AbsenceStepDto(s.Id, s.StepOrder, s.Name, s.ReachedOn, s.DueDate, s.CompletedOn))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var pupil = access.RequireSchoolPupil(read?.Pupil, query.PupilId);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "attendance-summary-read"));
        var totals = read!.Totals;
        var steps = read.Steps;

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
