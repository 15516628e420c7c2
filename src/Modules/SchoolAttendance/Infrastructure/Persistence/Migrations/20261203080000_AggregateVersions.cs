using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>
/// The optimistic concurrency version of every aggregate, and the "at most one" rules as unique indexes: one
/// suspension of a pupil starting on a day, one investigation per intake's decision, a ladder step once per
/// pupil and half-year (docs/adr/0010). Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261203080000_AggregateVersions")]
internal sealed class AggregateVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddVersionColumns(
            "school_attendance", "deadlines", "known_districts", "known_organisations", "pupils", "suspensions", "reports_of_concern",
            "intakes", "investigations", "interventions", "absence_ladder_steps", "absence_periods", "absence_steps");
        migrationBuilder.Sql("""
            DROP INDEX school_attendance.ix_suspensions_pupil_id_start_date;
            CREATE UNIQUE INDEX ix_suspensions_pupil_id_start_date ON school_attendance.suspensions (pupil_id, start_date);
            CREATE UNIQUE INDEX ix_intakes_investigation_id ON school_attendance.intakes (investigation_id);
            ALTER TABLE school_attendance.absence_steps ADD COLUMN half_year_start date GENERATED ALWAYS AS
                (make_date(extract(year FROM reached_on)::integer, CASE WHEN extract(month FROM reached_on) <= 6 THEN 1 ELSE 7 END, 1)) STORED;
            CREATE UNIQUE INDEX ux_absence_steps_pupil_step_half_year ON school_attendance.absence_steps (pupil_id, step_order, half_year_start);
            """);
    }
}
