using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Notifications.Infrastructure.Persistence.Migrations;

/// <summary>
/// The managers' deadline overview reads a district's running deadlines (due this week, overdue) and its decided
/// ones (share met on time); one (district, due date) index made both filter a district's whole history
/// (109 ms and 123 ms at a city's volumes, issue 16). Two partial indexes replace it, one for each read; the
/// decided one covers the count. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("20261204231000_OverviewIndexes")]
internal sealed class OverviewIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX notifications.ix_tracked_deadlines_district_code_due_date;
            CREATE INDEX ix_tracked_deadlines_running_by_district ON notifications.tracked_deadlines (district_code, due_date)
                WHERE status IN ('Open', 'Breached');
            CREATE INDEX ix_tracked_deadlines_decided_by_district ON notifications.tracked_deadlines (district_code, kind)
                INCLUDE (met_on_time, responsible_organisation_id) WHERE status IN ('Met', 'Breached');
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX notifications.ix_tracked_deadlines_running_by_district;
            DROP INDEX notifications.ix_tracked_deadlines_decided_by_district;
            CREATE INDEX ix_tracked_deadlines_district_code_due_date ON notifications.tracked_deadlines (district_code, due_date);
            """);
    }
}
