using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>Measures in full: the responsible person's user id, actual dates, the family's part, the own plan referred to, and the measure's place in the plan. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261204191500_MeasuresInFull")]
internal sealed class MeasuresInFull : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE sip.plan_measures
                ADD COLUMN responsible_user_id character varying(200),
                ADD COLUMN actual_start_date date,
                ADD COLUMN actual_end_date date,
                ADD COLUMN family_part character varying(4000),
                ADD COLUMN own_plan_reference character varying(300),
                ADD COLUMN position integer NOT NULL DEFAULT 0;
            ALTER TABLE sip.plan_measures ALTER COLUMN position DROP DEFAULT;
            """);
    }
}
