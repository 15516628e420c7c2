using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Bus.Infrastructure.Persistence.Migrations;

/// <summary>
/// Individual cases raised in a group (anonymous: no identity column set, enforced by a check) and the routines
/// library's versions (never updated; the next version is a new row). Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(BusDbContext))]
[Migration("20261204200000_CasesAndRoutines")]
internal sealed class CasesAndRoutines : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE bus.individual_cases (
            id uuid NOT NULL,
            group_id uuid NOT NULL,
            raised_on date NOT NULL,
            description character varying(500) NOT NULL,
            party_kinds text[] NOT NULL,
            recorded_by_user_id character varying(200) NOT NULL,
            ground character varying(50) NOT NULL,
            sip_plan_id uuid,
            child_name character varying(200),
            child_personal_identity_number character varying(13),
            legal_basis_code character varying(50),
            legal_basis_confirmed_by character varying(200),
            legal_basis_confirmed_on date,
            outcome character varying(500),
            closed_on date,
            version bigint NOT NULL DEFAULT 1,
            CONSTRAINT pk_individual_cases PRIMARY KEY (id),
            CONSTRAINT ck_individual_cases_anonymous_without_identity CHECK (ground <> 'anonymous' OR (child_name IS NULL AND child_personal_identity_number IS NULL AND legal_basis_code IS NULL)),
            CONSTRAINT fk_individual_cases_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE RESTRICT
        );
        CREATE TABLE bus.routine_versions (
            id uuid NOT NULL,
            group_id uuid,
            kind character varying(50) NOT NULL,
            routine_key character varying(50) NOT NULL,
            version_number integer NOT NULL,
            title character varying(200) NOT NULL,
            text character varying(8000) NOT NULL,
            agreed_by text[] NOT NULL,
            agreed_on date NOT NULL,
            in_force_from date NOT NULL,
            recorded_by_user_id character varying(200) NOT NULL,
            CONSTRAINT pk_routine_versions PRIMARY KEY (id),
            CONSTRAINT fk_routine_versions_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE RESTRICT
        );
        CREATE INDEX ix_individual_cases_group_id_raised_on ON bus.individual_cases (group_id, raised_on);
        CREATE UNIQUE INDEX ix_routine_versions_group_id_routine_key_version_number ON bus.routine_versions (group_id, routine_key, version_number) NULLS NOT DISTINCT;
        """);
}
