using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Replaces a module outbox's index on next_attempt_at by one on (type, next_attempt_at), both over pending rows
/// only: the fair claim finds the waiting types and each type's oldest due rows in it (docs/adr/0012). The drift
/// test checks it against OutboxMessageConfiguration.
/// </summary>
public static class OutboxClaimIndexMigration
{
    public static void CreateOutboxClaimIndex(this MigrationBuilder migrationBuilder, string schema) =>
        migrationBuilder.Sql($"""
            CREATE INDEX ix_outbox_messages_type_next_attempt_at ON {schema}.outbox_messages (type, next_attempt_at)
                WHERE processed_at IS NULL AND parked_at IS NULL;
            DROP INDEX {schema}.ix_outbox_messages_next_attempt_at;
            """);
}
