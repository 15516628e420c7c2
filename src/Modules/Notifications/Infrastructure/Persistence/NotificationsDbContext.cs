using Microsoft.EntityFrameworkCore;
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
