using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Deadlines;

/// <summary>
/// At most one current (open or breached) deadline of a kind per subject (docs/adr/0010): two requests that both
/// found none cannot both open one. Rows that simultaneous requests doubled before the index existed are
/// cancelled, the newest kept, so the index can be built on live data without losing which deadline runs.
/// The drift test checks it against DeadlineConfiguration.
/// </summary>
public static class OneCurrentDeadlineMigration
{
    public static void CreateOneCurrentDeadlineIndex(this MigrationBuilder migrationBuilder, string schema) =>
        migrationBuilder.Sql($"""
            UPDATE {schema}.deadlines AS d
               SET status = 'Cancelled', cancelled_at = now(), reason = 'Doubled by simultaneous requests; the newest of the same kind runs on.',
                   version = d.version + 1
             WHERE d.status IN ('Open', 'Breached')
               AND EXISTS (SELECT 1 FROM {schema}.deadlines AS newer
                            WHERE newer.subject_id = d.subject_id AND newer.kind = d.kind AND newer.status IN ('Open', 'Breached')
                              AND (newer.created_at, newer.id) > (d.created_at, d.id));
            CREATE UNIQUE INDEX {DeadlineConfiguration.OneCurrentIndexName} ON {schema}.deadlines (subject_id, kind)
                WHERE {DeadlineConfiguration.CurrentFilter};
            """);
}
