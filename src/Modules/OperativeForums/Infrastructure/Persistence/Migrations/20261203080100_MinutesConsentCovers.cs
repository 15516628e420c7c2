using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>
/// The organisations a named child's consent covers (ADR 0014). Items written before name nobody it covers, so
/// they are shown to everyone without the name. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261203080100_MinutesConsentCovers")]
internal sealed class MinutesConsentCovers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE operative_forums.meeting_minutes_items ADD COLUMN consent_covers uuid[] NOT NULL DEFAULT '{}';
        ALTER TABLE operative_forums.meeting_minutes_items ALTER COLUMN consent_covers DROP DEFAULT;
        """);
}
