using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.Bus.Domain.Governance;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features.Governance;

/// <summary>The deadline kinds this module opens; the reminder engine's rules (Notifications:Reminders:Kinds) key on these strings.</summary>
public static class BusDeadlineKinds
{
    /// <summary>An activity of a governing document, due on its date and reminded to its owner.</summary>
    public const string PlanActivity = "bus-plan-activity";
}

/// <summary>Opens and meets the module's deadlines (docs/adr/0006): the deadline engine reminds and escalates them.</summary>
internal sealed class BusDeadlines(IBusDbContext db, TimeProvider time)
{
    public const string ActivityReference = "Den lokala BUS-gruppens styrdokument (lokal överenskommelse eller handlingsplan): aktivitetens datum";

    public void OpenActivity(BusGroup group, PlanActivity activity) =>
        db.Deadlines.Add(Deadline.Open(
            BusDeadlineKinds.PlanActivity, activity.Id, DistrictOf(group), activity.OwnerOrganisationId, activity.OwnerUserId, activity.DueOn,
            ActivityReference, time.GetUtcNow()));

    public async Task MeetActivityAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var current = await db.Deadlines
            .Where(d => d.SubjectId == activityId && d.Kind == BusDeadlineKinds.PlanActivity && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        current.ForEach(d => d.Meet(time.GetUtcNow()));
    }

    // A deadline names one district; a group's first district today (or its first area) stands for the group.
    private static string DistrictOf(BusGroup group) =>
        group.CurrentAreas.Where(a => a.Kind == CoverageArea.District).Select(a => a.Code).Order(StringComparer.Ordinal).FirstOrDefault()
        ?? group.Coverage.Select(c => c.AreaCode).Order(StringComparer.Ordinal).First();
}
