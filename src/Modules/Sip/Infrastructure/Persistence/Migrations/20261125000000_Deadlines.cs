using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>The module's deadlines table (docs: domain.md, "Deadlines"). Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261125000000_Deadlines")]
internal sealed class Deadlines : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateDeadlinesTable("sip");
}
