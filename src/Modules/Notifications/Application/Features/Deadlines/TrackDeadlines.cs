using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Contracts.Deadlines;
using Samverkan.Notifications.Application.Features.Reminders;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Deadlines;

/// <summary>
/// Keeps the copy of every module's deadlines from their events, and writes any reminder that is due at once
/// (a breach is reminded as soon as it is known, not at the next scheduled run). Every event carries the whole
/// deadline, so events that arrive out of order still leave the newest state.
/// A relayed batch is taken whole (docs/adr/0024): one query reads its deadlines, the events are applied in the
/// batch's order (so a deadline opened and met in one batch ends met, with the reminders each state had due),
/// one statement writes the deadlines and one the reminders. A single event is a batch of one, so both paths
/// have one effect.
/// </summary>
internal sealed class TrackDeadlines(INotificationsDbContext db, ReminderWriter writer) : IIntegrationEventBatchHandler<DeadlineEvent>
{
    public Task Handle(DeadlineEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleBatch([integrationEvent], cancellationToken);

    public async Task HandleBatch(IReadOnlyList<DeadlineEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var ids = integrationEvents.Select(e => e.DeadlineId).Distinct().ToList();
        var tracked = (await db.ReadTrackedDeadlinesAsync(ids, cancellationToken)).ToDictionary(read => read.Deadline.Id);
        var changed = new Dictionary<Guid, VersionedDeadline>();
        var reminders = new List<Notification>();
        foreach (var change in integrationEvents)
        {
            if (!tracked.TryGetValue(change.DeadlineId, out var read))
            {
                read = new VersionedDeadline(new TrackedDeadline(change.DeadlineId, change.Module), ReadVersion: null);
                tracked.Add(change.DeadlineId, read);
            }
            else if (read.Deadline.LastEventAt > change.OccurredAt)
            {
                continue;
            }

            Apply(change, read.Deadline);
            changed[change.DeadlineId] = read;
            reminders.AddRange(writer.DueNow(read.Deadline));
        }

        await db.SaveTrackedDeadlinesAsync(changed.Values, cancellationToken);
        await db.AddOnceAsync(reminders, cancellationToken);
    }

    private static void Apply(DeadlineEvent change, TrackedDeadline deadline)
    {
        (deadline.Status, deadline.MetOnTime) = change switch
        {
            DeadlineOpened or DeadlineExtended => (TrackedDeadlineStatus.Open, (bool?)null),
            DeadlineMet met => (TrackedDeadlineStatus.Met, met.OnTime),
            DeadlineBreached => (TrackedDeadlineStatus.Breached, null),
            DeadlineReassigned reassigned => (reassigned.Breached ? TrackedDeadlineStatus.Breached : TrackedDeadlineStatus.Open, null),
            DeadlineCancelled => (TrackedDeadlineStatus.Cancelled, null),
            // A new kind of deadline event must say what it means here; until then it fails and is parked, visibly.
            _ => throw new InvalidOperationException($"{change.GetType().Name} is not a deadline event Notifications knows."),
        };
        deadline.Kind = change.Kind;
        deadline.SubjectId = change.SubjectId;
        deadline.DistrictCode = change.DistrictCode;
        deadline.ResponsibleOrganisationId = change.ResponsibleOrganisationId;
        deadline.ResponsibleUserId = change.ResponsibleUserId;
        deadline.DueDate = change.DueDate;
        deadline.RuleReference = change.RuleReference;
        deadline.LastEventAt = change.OccurredAt;
    }
}
