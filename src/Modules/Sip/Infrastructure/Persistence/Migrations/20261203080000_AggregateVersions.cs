using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>The optimistic concurrency version of every aggregate (docs/adr/0010). Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261203080000_AggregateVersions")]
internal sealed class AggregateVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddVersionColumns("sip", "deadlines");
}
