using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>Creates a module schema's idempotency_keys table; the drift test checks it against IdempotencyRecordConfiguration.</summary>
public static class IdempotencyKeysTableMigration
{
    public static void CreateIdempotencyKeysTable(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.Sql($"""
            CREATE TABLE {schema}.idempotency_keys (
                user_id character varying(200) NOT NULL,
                key character varying(255) NOT NULL,
                request_hash character varying(64) NOT NULL,
                status_code integer NOT NULL,
                content_type character varying(200),
                location character varying(2000),
                e_tag character varying(200),
                body bytea NOT NULL,
                created_at timestamp with time zone NOT NULL,
                expires_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_idempotency_keys PRIMARY KEY (user_id, key)
            );
            CREATE INDEX ix_idempotency_keys_expires_at ON {schema}.idempotency_keys (expires_at);
            """);
    }
}
