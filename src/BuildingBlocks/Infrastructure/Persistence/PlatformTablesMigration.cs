using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Creates a module schema's outbox, inbox and audit tables inside that module's first migration. Written by
/// hand (docs/adr/0002); the drift test checks it against the EF model of PlatformTableConfigurations.
/// </summary>
public static class PlatformTablesMigration
{
    public static void CreatePlatformTables(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.Sql($"""
            CREATE TABLE {schema}.outbox_messages (
                id uuid NOT NULL,
                type character varying(300) NOT NULL,
                payload jsonb NOT NULL,
                occurred_at timestamp with time zone NOT NULL,
                next_attempt_at timestamp with time zone NOT NULL,
                attempts integer NOT NULL,
                last_error character varying(2000),
                processed_at timestamp with time zone,
                parked_at timestamp with time zone,
                CONSTRAINT pk_outbox_messages PRIMARY KEY (id)
            );
            CREATE INDEX ix_outbox_messages_next_attempt_at ON {schema}.outbox_messages (next_attempt_at)
                WHERE processed_at IS NULL AND parked_at IS NULL;

            CREATE TABLE {schema}.inbox_messages (
                message_id uuid NOT NULL,
                handler character varying(300) NOT NULL,
                processed_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_inbox_messages PRIMARY KEY (message_id, handler)
            );

            CREATE TABLE {schema}.audit_entries (
                id uuid NOT NULL,
                occurred_at timestamp with time zone NOT NULL,
                user_id character varying(200) NOT NULL,
                organisation_id uuid,
                subject_type character varying(100) NOT NULL,
                subject_id uuid NOT NULL,
                operation character varying(100) NOT NULL,
                purpose character varying(500),
                CONSTRAINT pk_audit_entries PRIMARY KEY (id)
            );
            CREATE INDEX ix_audit_entries_subject_type_subject_id ON {schema}.audit_entries (subject_type, subject_id);
            """);
    }
}
