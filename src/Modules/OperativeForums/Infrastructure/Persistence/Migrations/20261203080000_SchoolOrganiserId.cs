using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>A school's organiser (huvudman) by id, which its pupils' registration must name. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261203080000_SchoolOrganiserId")]
internal sealed class SchoolOrganiserId : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("ALTER TABLE operative_forums.organisations ADD COLUMN organiser_id uuid NULL;");
}
