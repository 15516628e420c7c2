using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Notifications.Infrastructure.Persistence.Migrations;

/// <summary>
/// The inbox reads its two parts (addressed to the person; to the organisation or a role in it) each in inbox
/// order off its own index and stops at the page (issue 16, docs/benchmarks.md). These replace the (recipient,
/// created) indexes they cover. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("20261204230000_InboxIndexesInInboxOrder")]
internal sealed class InboxIndexesInInboxOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX notifications.ix_notifications_recipient_organisation_id_created_at;
            DROP INDEX notifications.ix_notifications_recipient_user_id_created_at;
            CREATE INDEX ix_notifications_recipient_organisation_id_created_at_id ON notifications.notifications
                (recipient_organisation_id, created_at DESC, id) INCLUDE (recipient_role, read_at) WHERE recipient_user_id IS NULL;
            CREATE INDEX ix_notifications_recipient_user_id_created_at_id ON notifications.notifications
                (recipient_user_id, created_at DESC, id) INCLUDE (read_at);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX notifications.ix_notifications_recipient_organisation_id_created_at_id;
            DROP INDEX notifications.ix_notifications_recipient_user_id_created_at_id;
            CREATE INDEX ix_notifications_recipient_organisation_id_created_at ON notifications.notifications (recipient_organisation_id, created_at);
            CREATE INDEX ix_notifications_recipient_user_id_created_at ON notifications.notifications (recipient_user_id, created_at);
            """);
    }
}
