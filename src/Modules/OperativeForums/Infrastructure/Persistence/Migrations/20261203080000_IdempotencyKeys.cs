using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>The stored first answers to requests sent with an Idempotency-Key (docs/adr/0011). Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261203080000_IdempotencyKeys")]
internal sealed class IdempotencyKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIdempotencyKeysTable("operative_forums");
}
