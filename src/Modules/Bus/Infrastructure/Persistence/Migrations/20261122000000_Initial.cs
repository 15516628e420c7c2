using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure.Persistence.Migrations;

/// <summary>The Bus schema with its outbox, inbox and audit tables. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(BusDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS bus;");
        migrationBuilder.CreatePlatformTables("bus");
    }
}
