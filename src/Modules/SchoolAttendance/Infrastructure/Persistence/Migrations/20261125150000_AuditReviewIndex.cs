using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>The audit log's index for reviewing one person's actions. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261125150000_AuditReviewIndex")]
internal sealed class AuditReviewIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateAuditReviewIndex("school_attendance");
}
