using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>This module's copy of the directory's districts and organisations, fed by OperativeForums' events.</summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261122000100_DirectoryCopy")]
internal sealed class DirectoryCopy : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE school_attendance.known_districts (
                code character varying(50) NOT NULL,
                name character varying(200) NOT NULL,
                CONSTRAINT pk_known_districts PRIMARY KEY (code)
            );

            CREATE TABLE school_attendance.known_organisations (
                id uuid NOT NULL,
                name character varying(200) NOT NULL,
                kind character varying(50) NOT NULL,
                is_independent boolean NOT NULL,
                district_codes text[] NOT NULL,
                synced_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_known_organisations PRIMARY KEY (id)
            );
            """);
    }
}
