using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Contracts.Deadlines;
using Samverkan.Notifications.Application.Features.Reminders;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Deadlines;

/// <summary>
/// Keeps the copy of every module's deadlines from their events, and writes any reminder that is due at once
/// (a breach is reminded as soon as it is known, not at the next scheduled run). Every event carries the whole
/// deadline, so events that arrive out of order still leave the newest state.
/// </summary>
internal sealed class TrackDeadlines(INotificationsDbContext db, ReminderWriter writer) :
    IIntegrationEventHandler<DeadlineOpened>,
    IIntegrationEventHandler<DeadlineExtended>,
    IIntegrationEventHandler<DeadlineMet>,
    IIntegrationEventHandler<DeadlineBreached>,
    IIntegrationEventHandler<DeadlineReassigned>,
    IIntegrationEventHandler<DeadlineCancelled>
{
    public Task Handle(DeadlineOpened integrationEvent, CancellationToken cancellationToken) =>
        ApplyAsync(integrationEvent, TrackedDeadlineStatus.Open, null, cancellationToken);

    public Task Handle(DeadlineExtended integrationEvent, CancellationToken cancellationToken) =>
        ApplyAsync(integrationEvent, TrackedDeadlineStatus.Open, null, cancellationToken);

    public Task Handle(DeadlineMet integrationEvent, CancellationToken cancellationToken) =>
        ApplyAsync(integrationEvent, TrackedDeadlineStatus.Met, integrationEvent.OnTime, cancellationToken);

    public Task Handle(DeadlineBreached integrationEvent, CancellationToken cancellationToken) =>
        ApplyAsync(integrationEvent, TrackedDeadlineStatus.Breached, null, cancellationToken);

    public Task Handle(DeadlineReassigned integrationEvent, CancellationToken cancellationToken) =>
        ApplyAsync(integrationEvent, integrationEvent.Breached ? TrackedDeadlineStatus.Breached : TrackedDeadlineStatus.Open, null, cancellationToken);

    public Task Handle(DeadlineCancelled integrationEvent, CancellationToken cancellationToken) =>
        ApplyAsync(integrationEvent, TrackedDeadlineStatus.Cancelled, null, cancellationToken);

    private async Task ApplyAsync(DeadlineEvent change, TrackedDeadlineStatus status, bool? metOnTime, CancellationToken cancellationToken)
    {
        var deadline = await db.TrackedDeadlines.FindAsync([change.DeadlineId], cancellationToken);
        if (deadline is null)
        {
            deadline = new TrackedDeadline(change.DeadlineId, change.Module);
            db.TrackedDeadlines.Add(deadline);
        }
        else if (deadline.LastEventAt > change.OccurredAt)
        {
            return;
        }

        deadline.Kind = change.Kind;
        deadline.SubjectId = change.SubjectId;
        deadline.DistrictCode = change.DistrictCode;
        deadline.ResponsibleOrganisationId = change.ResponsibleOrganisationId;
        deadline.ResponsibleUserId = change.ResponsibleUserId;
        deadline.DueDate = change.DueDate;
        deadline.RuleReference = change.RuleReference;
        deadline.Status = status;
        deadline.MetOnTime = metOnTime;
        deadline.LastEventAt = change.OccurredAt;
        await writer.WriteDueAsync(deadline, cancellationToken);
    }
}
