using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Bus.Infrastructure.Persistence.Migrations;

/// <summary>SIP counts per district and date from SIP's deadline events, for the groups' local analysis (no plan or child kept). Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(BusDbContext))]
[Migration("20261204190000_SipActivities")]
internal sealed class SipActivities : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE bus.sip_activities (
            deadline_id uuid NOT NULL,
            kind character varying(50) NOT NULL,
            district_code character varying(50) NOT NULL,
            "on" date NOT NULL,
            CONSTRAINT pk_sip_activities PRIMARY KEY (deadline_id, kind)
        );
        CREATE INDEX ix_sip_activities_district_code_on ON bus.sip_activities (district_code, "on");
        """);
}
