using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>The notice to those affected that an investigation opened (20 kap. 4 § SoL): when, to whom, how.</summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261125170000_AffectedInformed")]
internal sealed class AffectedInformed : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE school_attendance.investigations
                ADD COLUMN affected_informed_on date,
                ADD COLUMN affected_informed_who character varying(500),
                ADD COLUMN affected_informed_how character varying(500);
            """);
    }
}
