using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>
/// A pupil is unique per school, not across the country (ADR 0014: the answer to a registration must not tell
/// one school what another has); and the directory copy keeps a school's organiser. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261203080000_EnrolmentPerSchool")]
internal sealed class EnrolmentPerSchool : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP INDEX school_attendance.ix_pupils_personal_identity_number;
        CREATE UNIQUE INDEX ix_pupils_school_id_personal_identity_number ON school_attendance.pupils (school_id, personal_identity_number);
        ALTER TABLE school_attendance.known_organisations ADD COLUMN organiser_id uuid NULL;
        """);
}
