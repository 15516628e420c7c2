using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;

namespace Samverkan.Notifications.Infrastructure.Persistence.Migrations;

/// <summary>The outbox index the relay's fair claim reads (docs/adr/0012). Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("20261203073000_OutboxClaimIndex")]
internal sealed class OutboxClaimIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateOutboxClaimIndex("notifications");
}
