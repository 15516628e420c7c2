using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Sip.Infrastructure.Persistence.Migrations;

/// <summary>Sip's copy of the directory's districts, and the SIP-coordination functions with their area and coordinator. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(SipDbContext))]
[Migration("20261204200000_CoordinationFunctions")]
internal sealed class CoordinationFunctions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE sip.known_districts (
                code character varying(50) NOT NULL,
                name character varying(200) NOT NULL,
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_known_districts PRIMARY KEY (code)
            );

            CREATE TABLE sip.coordination_functions (
                id uuid NOT NULL,
                name character varying(200) NOT NULL,
                area_kind character varying(20) NOT NULL,
                area_id character varying(50) NOT NULL,
                area_name character varying(200) NOT NULL,
                district_codes text[] NOT NULL,
                coordinator_user_id character varying(200),
                valid_from date NOT NULL,
                valid_until date,
                recorded_at timestamp with time zone NOT NULL,
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_coordination_functions PRIMARY KEY (id)
            );
            CREATE INDEX ix_coordination_functions_coordinator_user_id ON sip.coordination_functions (coordinator_user_id);
            """);
    }
}
