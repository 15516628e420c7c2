using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>The Sip schema with its outbox, inbox and audit tables. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS sip;");
        migrationBuilder.CreatePlatformTables("sip");
    }
}
