using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>The OperativeForums schema with its outbox, inbox and audit tables. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS operative_forums;");
        migrationBuilder.CreatePlatformTables("operative_forums");
    }
}
