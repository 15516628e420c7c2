using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>A plan's evaluation and closure with its reason; each measure's effect judgement. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261204190000_EvaluationAndClosure")]
internal sealed class EvaluationAndClosure : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE sip.plans
                ADD COLUMN evaluated_on date,
                ADD COLUMN evaluation_summary character varying(8000),
                ADD COLUMN closed_on date,
                ADD COLUMN closure_reason character varying(50),
                ADD COLUMN closure_note character varying(4000);

            ALTER TABLE sip.plan_measures
                ADD COLUMN effect_judgement character varying(4000);
            """);
    }
}
