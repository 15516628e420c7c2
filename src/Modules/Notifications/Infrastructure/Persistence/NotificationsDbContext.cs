using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.Notifications.Application;
using Samverkan.Notifications.Contracts;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Infrastructure.Persistence;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), INotificationsDbContext
{
    public override string ModuleName => NotificationsModule.Name;

    public override string Schema => NotificationsModule.Schema;

    public DbSet<TrackedDeadline> TrackedDeadlines => Set<TrackedDeadline>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<MailAddress> MailAddresses => Set<MailAddress>();

    public DbSet<DeadlinePunctuality> Punctuality => Set<DeadlinePunctuality>();

    public async Task<bool> AddOnceAsync(Notification notification, CancellationToken cancellationToken) =>
        await AddOnceAsync([notification], cancellationToken) == 1;

    // One row per array position; a key repeated in the list or already stored is skipped by ON CONFLICT.
    public async Task<int> AddOnceAsync(IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return 0;
        }

        var n = notifications;
        return await Database.ExecuteSqlAsync(
            $"""
            INSERT INTO notifications.notifications (id, deduplication_key, kind, recipient_organisation_id, recipient_user_id,
                recipient_role, district_code, title, body, link, deadline_id, created_at, email_attempts, version)
            SELECT r.*, 0, 1 FROM unnest({n.Select(x => x.Id).ToArray()}::uuid[], {n.Select(x => x.DeduplicationKey).ToArray()}::text[],
                {n.Select(x => x.Kind).ToArray()}::text[], {n.Select(x => x.RecipientOrganisationId).ToArray()}::uuid[],
                {n.Select(x => x.RecipientUserId).ToArray()}::text[], {n.Select(x => x.RecipientRole).ToArray()}::text[],
                {n.Select(x => x.DistrictCode).ToArray()}::text[], {n.Select(x => x.Title).ToArray()}::text[],
                {n.Select(x => x.Body).ToArray()}::text[], {n.Select(x => x.Link).ToArray()}::text[],
                {n.Select(x => x.DeadlineId).ToArray()}::uuid[], {n.Select(x => x.CreatedAt).ToArray()}::timestamptz[]) AS r
            ON CONFLICT (deduplication_key) DO NOTHING
            """,
            cancellationToken);
    }

    public async Task<List<VersionedDeadline>> ReadTrackedDeadlinesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        [.. (await TrackedDeadlines.AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .Select(d => new { Deadline = d, Version = EF.Property<long>(d, AggregateVersioning.PropertyName) })
                .ToListAsync(cancellationToken))
            .Select(read => new VersionedDeadline(read.Deadline, read.Version))];

    // A row found at another version than read (a racing delivery saved it meanwhile) is neither inserted nor
    // updated; the count then falls short and the whole statement is undone by the caller's savepoint.
    public async Task SaveTrackedDeadlinesAsync(IReadOnlyCollection<VersionedDeadline> deadlines, CancellationToken cancellationToken)
    {
        if (deadlines.Count == 0)
        {
            return;
        }

        var d = deadlines.Select(v => v.Deadline).ToList();
        var written = await Database.ExecuteSqlAsync(
            $"""
            INSERT INTO notifications.tracked_deadlines AS t (id, module, kind, subject_id, district_code, responsible_organisation_id,
                responsible_user_id, due_date, rule_reference, status, met_on_time, last_event_at, next_reminder_on, version)
            SELECT * FROM unnest({d.Select(x => x.Id).ToArray()}::uuid[], {d.Select(x => x.Module).ToArray()}::text[],
                {d.Select(x => x.Kind).ToArray()}::text[], {d.Select(x => x.SubjectId).ToArray()}::uuid[],
                {d.Select(x => x.DistrictCode).ToArray()}::text[], {d.Select(x => x.ResponsibleOrganisationId).ToArray()}::uuid[],
                {d.Select(x => x.ResponsibleUserId).ToArray()}::text[], {d.Select(x => x.DueDate).ToArray()}::date[],
                {d.Select(x => x.RuleReference).ToArray()}::text[], {d.Select(x => x.Status.ToString()).ToArray()}::text[],
                {d.Select(x => x.MetOnTime).ToArray()}::boolean[], {d.Select(x => x.LastEventAt).ToArray()}::timestamptz[],
                {d.Select(x => x.NextReminderOn).ToArray()}::date[], {deadlines.Select(v => (v.ReadVersion ?? 0) + 1).ToArray()}::bigint[])
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, subject_id = excluded.subject_id, district_code = excluded.district_code,
                responsible_organisation_id = excluded.responsible_organisation_id, responsible_user_id = excluded.responsible_user_id,
                due_date = excluded.due_date, rule_reference = excluded.rule_reference, status = excluded.status,
                met_on_time = excluded.met_on_time, last_event_at = excluded.last_event_at, next_reminder_on = excluded.next_reminder_on,
                version = excluded.version
            WHERE t.version = excluded.version - 1
            """,
            cancellationToken);
        if (written != deadlines.Count)
        {
            throw new DbUpdateConcurrencyException($"{deadlines.Count - written} tracked deadline(s) changed since they were read.");
        }
    }

    public Task<List<TrackedDeadline>> ClaimDueForRemindersAsync(DateOnly today, int limit, CancellationToken cancellationToken) =>
        TrackedDeadlines.FromSql(
            $"""
            SELECT * FROM notifications.tracked_deadlines
            WHERE next_reminder_on <= {today}
            ORDER BY next_reminder_on
            LIMIT {limit}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
}
