using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Migrations;

/// <summary>
/// The intake list reads a district's intakes newest first, ties by id: an index in exactly that order lets a
/// page stop after its rows instead of sorting the whole district (issue 16, docs/benchmarks.md). It replaces
/// the (district, received) index, which it covers for every other use. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SocialServicesDbContext))]
[Migration("20261204220000_IntakeListIndexInListOrder")]
internal sealed class IntakeListIndexInListOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX social_services.ix_intakes_district_code_received_at;
            CREATE INDEX ix_intakes_district_code_received_at_id ON social_services.intakes (district_code, received_at DESC, id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX social_services.ix_intakes_district_code_received_at_id;
            CREATE INDEX ix_intakes_district_code_received_at ON social_services.intakes (district_code, received_at);
            """);
    }
}
