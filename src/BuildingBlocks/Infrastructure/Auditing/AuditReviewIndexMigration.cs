using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Auditing;

/// <summary>
/// The index a review of one person's actions needs in a module's audit log, which grows with every read.
/// The drift test checks it against AuditEntryConfiguration.
/// </summary>
public static class AuditReviewIndexMigration
{
    public static void CreateAuditReviewIndex(this MigrationBuilder migrationBuilder, string schema) =>
        migrationBuilder.Sql($"CREATE INDEX ix_audit_entries_user_id_occurred_at ON {schema}.audit_entries (user_id, occurred_at);");
}
