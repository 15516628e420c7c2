using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Social services' casework moves to its own module (docs/adr/0018): the school keeps only the status it is
/// entitled to of each report or notice, filled here from the intakes before SocialServices' first migration
/// moves them (modules migrate in the Host's order, SchoolAttendance first). Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261203180000_CaseworkMovedOut")]
internal sealed class CaseworkMovedOut : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE school_attendance.entitled_statuses (
                source_id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                received_at timestamp with time zone NOT NULL,
                status character varying(30) NOT NULL,
                feedback character varying(4000),
                meeting_status character varying(20) NOT NULL,
                changed_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_entitled_statuses PRIMARY KEY (source_id)
            );
            CREATE INDEX ix_entitled_statuses_pupil_id_district_code ON school_attendance.entitled_statuses (pupil_id, district_code);
            INSERT INTO school_attendance.entitled_statuses
                (source_id, pupil_id, district_code, received_at, status, feedback, meeting_status, changed_at)
            SELECT source_id, pupil_id, district_code, received_at,
                   CASE WHEN feedback_given_at IS NOT NULL THEN 'feedback-given'
                        WHEN decided_on IS NOT NULL OR joined_investigation_id IS NOT NULL THEN 'assessment-decided'
                        ELSE 'received' END,
                   feedback, meeting_status, now()
            FROM school_attendance.intakes;
            """);
    }
}
