using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>SIP meetings with one summons or invitation per organisation called, its question and answer. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261204193000_Meetings")]
internal sealed class Meetings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE sip.meetings (
                id uuid NOT NULL,
                plan_id uuid NOT NULL,
                date date NOT NULL,
                starts_at time without time zone NOT NULL,
                ends_at time without time zone NOT NULL,
                form character varying(20) NOT NULL,
                place character varying(300),
                join_information character varying(500),
                question character varying(4000) NOT NULL,
                sequence integer NOT NULL,
                called_at timestamp with time zone NOT NULL,
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_meetings PRIMARY KEY (id),
                CONSTRAINT fk_meetings_plans_plan_id FOREIGN KEY (plan_id) REFERENCES sip.plans (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_meetings_plan_id ON sip.meetings (plan_id);

            CREATE TABLE sip.meeting_calls (
                id uuid NOT NULL,
                meeting_id uuid NOT NULL,
                organisation_id uuid NOT NULL,
                kind character varying(20) NOT NULL,
                question character varying(4000) NOT NULL,
                attending boolean,
                answer character varying(4000),
                answered_at timestamp with time zone,
                CONSTRAINT pk_meeting_calls PRIMARY KEY (id),
                CONSTRAINT fk_meeting_calls_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES sip.meetings (id) ON DELETE CASCADE
            );
            CREATE UNIQUE INDEX ix_meeting_calls_meeting_id_organisation_id ON sip.meeting_calls (meeting_id, organisation_id);
            """);
    }
}
