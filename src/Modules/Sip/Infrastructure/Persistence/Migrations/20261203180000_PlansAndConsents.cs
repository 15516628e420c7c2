using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>The directory copy, plans with measures and participants, agreed versions and consents. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261203180000_PlansAndConsents")]
internal sealed class PlansAndConsents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE sip.known_organisations (
                id uuid NOT NULL,
                name character varying(200) NOT NULL,
                kind character varying(50) NOT NULL,
                district_codes text[] NOT NULL,
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_known_organisations PRIMARY KEY (id)
            );

            CREATE TABLE sip.plans (
                id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                child_name character varying(200) NOT NULL,
                child_birth_date date NOT NULL,
                child_sex character varying(10) NOT NULL,
                proposed_by_organisation_id uuid NOT NULL,
                proposed_by_kind character varying(50) NOT NULL,
                proposed_at timestamp with time zone NOT NULL,
                proposal_reason character varying(4000) NOT NULL,
                status character varying(20) NOT NULL,
                judged_by_organisation_id uuid,
                judged_on date,
                not_needed_reason character varying(4000),
                convener_organisation_id uuid,
                first_meeting_held_on date,
                needs character varying(8000),
                goals character varying(8000),
                overall_responsible_organisation_id uuid,
                follow_up_date date,
                last_follow_up_held_on date,
                approved_by uuid[] NOT NULL,
                agreed_versions integer NOT NULL,
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_plans PRIMARY KEY (id)
            );
            CREATE INDEX ix_plans_district_code_status ON sip.plans (district_code, status);

            CREATE TABLE sip.plan_measures (
                id uuid NOT NULL,
                plan_id uuid NOT NULL,
                description character varying(4000) NOT NULL,
                responsible_organisation_id uuid NOT NULL,
                responsible_person character varying(200) NOT NULL,
                start_date date NOT NULL,
                due_date date NOT NULL,
                status character varying(20) NOT NULL,
                CONSTRAINT pk_plan_measures PRIMARY KEY (id),
                CONSTRAINT fk_plan_measures_plans_plan_id FOREIGN KEY (plan_id) REFERENCES sip.plans (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_plan_measures_plan_id ON sip.plan_measures (plan_id);

            CREATE TABLE sip.plan_participants (
                id uuid NOT NULL,
                plan_id uuid NOT NULL,
                organisation_id uuid NOT NULL,
                is_organiser boolean NOT NULL,
                CONSTRAINT pk_plan_participants PRIMARY KEY (id),
                CONSTRAINT fk_plan_participants_plans_plan_id FOREIGN KEY (plan_id) REFERENCES sip.plans (id) ON DELETE CASCADE
            );
            CREATE UNIQUE INDEX ix_plan_participants_plan_id_organisation_id ON sip.plan_participants (plan_id, organisation_id);

            CREATE TABLE sip.plan_versions (
                id uuid NOT NULL,
                plan_id uuid NOT NULL,
                number integer NOT NULL,
                agreed_on date NOT NULL,
                content jsonb NOT NULL,
                approved_by uuid[] NOT NULL,
                CONSTRAINT pk_plan_versions PRIMARY KEY (id),
                CONSTRAINT fk_plan_versions_plans_plan_id FOREIGN KEY (plan_id) REFERENCES sip.plans (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX ix_plan_versions_plan_id_number ON sip.plan_versions (plan_id, number);

            CREATE TABLE sip.consents (
                id uuid NOT NULL,
                plan_id uuid NOT NULL,
                person_name character varying(200) NOT NULL,
                person_role character varying(20) NOT NULL,
                maturity_judgement character varying(4000),
                covered_organisation_ids uuid[] NOT NULL,
                excluded_information text[] NOT NULL,
                valid_from date NOT NULL,
                valid_until date,
                form character varying(20) NOT NULL,
                documented_by character varying(200) NOT NULL,
                recorded_at timestamp with time zone NOT NULL,
                withdrawn_at timestamp with time zone,
                withdrawn_recorded_by character varying(200),
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_consents PRIMARY KEY (id),
                CONSTRAINT fk_consents_plans_plan_id FOREIGN KEY (plan_id) REFERENCES sip.plans (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_consents_plan_id ON sip.consents (plan_id);
            """);
    }
}
