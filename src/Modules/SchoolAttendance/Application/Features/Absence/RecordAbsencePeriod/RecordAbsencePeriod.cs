using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SchoolAttendance.Domain.Absence;
using Samverkan.SchoolAttendance.Domain.Pupils;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.RecordAbsencePeriod;

public sealed record ReachedStepDto(Guid Id, int StepOrder, string Name, DateOnly DueDate);

public sealed record AbsencePeriodDto(Guid Id, decimal TotalPercent, decimal UnexcusedPercent, IReadOnlyList<ReachedStepDto> StepsReached);

internal sealed record RecordAbsencePeriod(Guid PupilId, DateOnly FromDate, DateOnly ToDate, int ScheduledMinutes, int ExcusedMinutes, int UnexcusedMinutes)
    : ICommand<AbsencePeriodDto>;

/// <summary>
/// Records a period's absence and climbs the organiser's ladder: every threshold newly crossed this half-year
/// opens its step, with a deadline the school answers for and an event for the reminder engine.
/// </summary>
internal sealed class RecordAbsencePeriodHandler(ISchoolAttendanceDbContext db, CaseAccess access, AbsenceDeadlines deadlines, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RecordAbsencePeriod, AbsencePeriodDto>
{
    public async Task<AbsencePeriodDto> Handle(RecordAbsencePeriod command, CancellationToken cancellationToken)
    {
        var pupil = await access.SchoolPupilAsync(command.PupilId, cancellationToken);
        // Periods of one pupil recorded at the same moment climb the ladder one after the other, so each sees
        // the steps the other reached (the unique index on pupil, step and half-year is the backstop).
        await db.LockPupilAsync(pupil.Id, cancellationToken);
        var period = new AbsencePeriod(pupil.Id, pupil.SchoolId, command.FromDate, command.ToDate, command.ScheduledMinutes, command.ExcusedMinutes, command.UnexcusedMinutes, user.UserId);
        db.AbsencePeriods.Add(period);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "absence-recorded"));

        var ladder = await db.AbsenceLadderSteps.AsNoTracking().Where(s => s.OrganiserId == pupil.OrganiserId).ToListAsync(cancellationToken);
        var earlier = await db.AbsenceSteps.AsNoTracking().Where(s => s.PupilId == pupil.Id).ToListAsync(cancellationToken);
        var reached = AbsenceStep.Reached(period, ladder, earlier, StockholmCalendar.Today(time));
        // Most periods reach no step, and only a step needs the district its deadline is filed under: no lookup for the others.
        var district = reached.Count == 0 ? string.Empty : await SchoolDistrictAsync(pupil, cancellationToken);
        foreach (var step in reached)
        {
            db.AbsenceSteps.Add(step);
            deadlines.Open(step.Id, district, pupil.SchoolId, step.DueDate, ladder.Single(s => s.Order == step.StepOrder).RuleReference);
            db.AddIntegrationEvent(new AbsenceStepReached
            {
                OccurredAt = time.GetUtcNow(),
                AbsenceStepId = step.Id,
                PupilId = pupil.Id,
                SchoolId = pupil.SchoolId,
                StepOrder = step.StepOrder,
                StepName = step.Name,
                DueDate = step.DueDate,
            });
        }

        return new AbsencePeriodDto(period.Id, period.TotalPercent, period.UnexcusedPercent, reached.ConvertAll(s => new ReachedStepDto(s.Id, s.StepOrder, s.Name, s.DueDate)));
    }

    // The school answers for the step, so the deadline is filed under the school's district.
    private async Task<string> SchoolDistrictAsync(Pupil pupil, CancellationToken cancellationToken)
    {
        var school = await db.KnownOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == pupil.SchoolId, cancellationToken);
        return school?.DistrictCodes.FirstOrDefault() ?? pupil.HomeDistrictCode;
    }
}
