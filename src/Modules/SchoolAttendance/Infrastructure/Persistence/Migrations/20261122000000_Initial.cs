using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>The SchoolAttendance schema with its outbox, inbox and audit tables. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS school_attendance;");
        migrationBuilder.CreatePlatformTables("school_attendance");
    }
}
