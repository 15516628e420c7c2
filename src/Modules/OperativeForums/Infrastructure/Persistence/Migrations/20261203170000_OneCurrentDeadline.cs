using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>At most one current deadline of a kind per subject (docs/adr/0010). Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261203170000_OneCurrentDeadline")]
internal sealed class OneCurrentDeadline : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateOneCurrentDeadlineIndex("operative_forums");
}
