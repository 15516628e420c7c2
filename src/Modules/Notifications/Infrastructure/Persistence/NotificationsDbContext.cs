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
        await Database.ExecuteSqlAsync(
            $"""
            INSERT INTO notifications.notifications (id, deduplication_key, kind, recipient_organisation_id, recipient_user_id,
                recipient_role, district_code, title, body, link, deadline_id, created_at, email_attempts, version)
            VALUES ({notification.Id}, {notification.DeduplicationKey}, {notification.Kind}, {notification.RecipientOrganisationId},
                {notification.RecipientUserId}, {notification.RecipientRole}, {notification.DistrictCode}, {notification.Title},
                {notification.Body}, {notification.Link}, {notification.DeadlineId}, {notification.CreatedAt}, 0, 1)
            ON CONFLICT (deduplication_key) DO NOTHING
            """,
            cancellationToken) == 1;

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
