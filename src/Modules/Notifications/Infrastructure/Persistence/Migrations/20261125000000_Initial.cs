using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.Notifications.Infrastructure.Persistence.Migrations;

/// <summary>The notifications schema: platform tables, tracked deadlines, inbox and addresses. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("20261125000000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS notifications;");
        migrationBuilder.CreatePlatformTables("notifications");
        migrationBuilder.CreateDeadlinesTable("notifications");
        migrationBuilder.Sql("""
            CREATE TABLE notifications.tracked_deadlines (
                id uuid NOT NULL,
                module character varying(100) NOT NULL,
                kind character varying(100) NOT NULL,
                subject_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                responsible_organisation_id uuid NOT NULL,
                responsible_user_id character varying(200),
                due_date date NOT NULL,
                rule_reference character varying(300) NOT NULL,
                status character varying(20) NOT NULL,
                met_on_time boolean,
                last_event_at timestamp with time zone NOT NULL,
                next_reminder_on date,
                CONSTRAINT pk_tracked_deadlines PRIMARY KEY (id)
            );
            CREATE INDEX ix_tracked_deadlines_next_reminder_on ON notifications.tracked_deadlines (next_reminder_on)
                WHERE next_reminder_on IS NOT NULL;
            CREATE INDEX ix_tracked_deadlines_district_code_due_date ON notifications.tracked_deadlines (district_code, due_date);

            CREATE TABLE notifications.notifications (
                id uuid NOT NULL,
                deduplication_key character varying(200) NOT NULL,
                kind character varying(100) NOT NULL,
                recipient_organisation_id uuid NOT NULL,
                recipient_user_id character varying(200),
                recipient_role character varying(100),
                district_code character varying(50) NOT NULL,
                title character varying(300) NOT NULL,
                body character varying(2000) NOT NULL,
                link character varying(500),
                deadline_id uuid,
                created_at timestamp with time zone NOT NULL,
                read_at timestamp with time zone,
                emailed_at timestamp with time zone,
                email_attempts integer NOT NULL,
                last_email_error character varying(500),
                CONSTRAINT pk_notifications PRIMARY KEY (id)
            );
            CREATE UNIQUE INDEX ix_notifications_deduplication_key ON notifications.notifications (deduplication_key);
            CREATE INDEX ix_notifications_recipient_organisation_id_created_at ON notifications.notifications (recipient_organisation_id, created_at);
            CREATE INDEX ix_notifications_recipient_user_id_created_at ON notifications.notifications (recipient_user_id, created_at);
            CREATE INDEX ix_notifications_email_pending ON notifications.notifications (created_at)
                WHERE emailed_at IS NULL AND email_attempts < 5;

            CREATE TABLE notifications.mail_addresses (
                recipient_key character varying(250) NOT NULL,
                address character varying(254) NOT NULL,
                CONSTRAINT pk_mail_addresses PRIMARY KEY (recipient_key)
            );
            """);
    }
}
