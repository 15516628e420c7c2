using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;

namespace Samverkan.Notifications.Infrastructure.Persistence.Migrations;

/// <summary>The stored first answers to requests sent with an Idempotency-Key (docs/adr/0011). Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("20261203080000_IdempotencyKeys")]
internal sealed class IdempotencyKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIdempotencyKeysTable("notifications");
}
