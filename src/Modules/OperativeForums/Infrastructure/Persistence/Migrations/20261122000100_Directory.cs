using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>The organisation directory: districts, organisations and the districts each covers (many-to-many).</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261122000100_Directory")]
internal sealed class Directory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE operative_forums.districts (
                code character varying(50) NOT NULL,
                name character varying(200) NOT NULL,
                CONSTRAINT pk_districts PRIMARY KEY (code)
            );

            CREATE TABLE operative_forums.organisations (
                id uuid NOT NULL,
                name character varying(200) NOT NULL,
                kind character varying(50) NOT NULL,
                organiser character varying(200) NOT NULL,
                is_independent boolean NOT NULL,
                CONSTRAINT pk_organisations PRIMARY KEY (id)
            );
            CREATE INDEX ix_organisations_kind ON operative_forums.organisations (kind);

            CREATE TABLE operative_forums.organisation_districts (
                district_code character varying(50) NOT NULL,
                organisation_id uuid NOT NULL,
                CONSTRAINT pk_organisation_districts PRIMARY KEY (organisation_id, district_code),
                CONSTRAINT fk_organisation_districts_districts_district_code FOREIGN KEY (district_code)
                    REFERENCES operative_forums.districts (code) ON DELETE RESTRICT,
                CONSTRAINT fk_organisation_districts_organisations_organisation_id FOREIGN KEY (organisation_id)
                    REFERENCES operative_forums.organisations (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_organisation_districts_district_code ON operative_forums.organisation_districts (district_code);
            """);
    }
}
