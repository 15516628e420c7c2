using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>How the child took part, with adaptations; the family's short feedback, one per plan, read only as counts. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261204194500_ChildParticipation")]
internal sealed class ChildParticipation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE sip.child_participations (
                id uuid NOT NULL,
                plan_id uuid NOT NULL,
                meeting_id uuid,
                took_part_on date NOT NULL,
                ways text[] NOT NULL,
                representative character varying(200),
                adaptations character varying(4000),
                recorded_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_child_participations PRIMARY KEY (id),
                CONSTRAINT fk_child_participations_plans_plan_id FOREIGN KEY (plan_id) REFERENCES sip.plans (id) ON DELETE RESTRICT,
                CONSTRAINT fk_child_participations_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES sip.meetings (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_child_participations_plan_id ON sip.child_participations (plan_id);
            CREATE INDEX ix_child_participations_meeting_id ON sip.child_participations (meeting_id);

            CREATE TABLE sip.family_feedback (
                id uuid NOT NULL,
                plan_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                given_on date NOT NULL,
                listened_to integer NOT NULL,
                helped integer NOT NULL,
                CONSTRAINT pk_family_feedback PRIMARY KEY (id),
                CONSTRAINT fk_family_feedback_plans_plan_id FOREIGN KEY (plan_id) REFERENCES sip.plans (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX ix_family_feedback_plan_id ON sip.family_feedback (plan_id);
            CREATE INDEX ix_family_feedback_district_code_given_on ON sip.family_feedback (district_code, given_on);
            """);
    }
}
