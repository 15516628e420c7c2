using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Migrations;

/// <summary>
/// Intakes from every reporter (issue 13): the reporter's kind, organisation and contact details, the channel, and
/// social services' own record of the child (number, its kind, a description). Every existing intake came from a
/// school through the e-service and names the child by the pupil id only, so it keeps its data and gets reporter
/// kind "school", channel "e-service" and identity kind "not-yet-known" (the school keeps the number). The defaults
/// only fill the existing rows; the model has none. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SocialServicesDbContext))]
[Migration("20261203230000_ReportsFromEveryReporter")]
internal sealed class ReportsFromEveryReporter : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE social_services.intakes
                ADD COLUMN reporter_kind character varying(30) NOT NULL DEFAULT 'school',
                ADD COLUMN reporter_organisation_name character varying(200) NULL,
                ADD COLUMN reporter_contact_name character varying(200) NULL,
                ADD COLUMN reporter_contact_phone character varying(50) NULL,
                ADD COLUMN reporter_contact_email character varying(254) NULL,
                ADD COLUMN channel character varying(20) NOT NULL DEFAULT 'e-service',
                ADD COLUMN child_identity_number character varying(12) NULL,
                ADD COLUMN child_identity_kind character varying(20) NOT NULL DEFAULT 'not-yet-known',
                ADD COLUMN child_description character varying(500) NULL;
            ALTER TABLE social_services.intakes
                ALTER COLUMN reporter_kind DROP DEFAULT,
                ALTER COLUMN channel DROP DEFAULT,
                ALTER COLUMN child_identity_kind DROP DEFAULT;
            CREATE INDEX ix_intakes_district_code_child_identity_number ON social_services.intakes (district_code, child_identity_number);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX social_services.ix_intakes_district_code_child_identity_number;
            ALTER TABLE social_services.intakes
                DROP COLUMN reporter_kind, DROP COLUMN reporter_organisation_name, DROP COLUMN reporter_contact_name,
                DROP COLUMN reporter_contact_phone, DROP COLUMN reporter_contact_email, DROP COLUMN channel,
                DROP COLUMN child_identity_number, DROP COLUMN child_identity_kind, DROP COLUMN child_description;
            """);
    }
}
