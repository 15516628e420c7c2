using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>Schools' contact persons in social services over time; districts' collaboration agreements and their revisions.</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261125110000_ContactsAndAgreements")]
internal sealed class ContactsAndAgreements : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE operative_forums.school_contact_persons (
                id uuid NOT NULL,
                school_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                contact_user_id character varying(200) NOT NULL,
                contact_name character varying(200) NOT NULL,
                effective_from date NOT NULL,
                effective_to date,
                CONSTRAINT pk_school_contact_persons PRIMARY KEY (id),
                CONSTRAINT fk_school_contact_persons_districts_district_code FOREIGN KEY (district_code) REFERENCES operative_forums.districts (code) ON DELETE RESTRICT,
                CONSTRAINT fk_school_contact_persons_organisations_school_id FOREIGN KEY (school_id) REFERENCES operative_forums.organisations (id) ON DELETE RESTRICT
            );

            CREATE TABLE operative_forums.collaboration_agreements (
                id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                parties uuid[] NOT NULL,
                responsible_organisation_id uuid NOT NULL,
                signed_on date NOT NULL,
                revision_interval_months integer NOT NULL,
                next_revision_due date NOT NULL,
                CONSTRAINT pk_collaboration_agreements PRIMARY KEY (id),
                CONSTRAINT fk_collaboration_agreements_districts_district_code FOREIGN KEY (district_code) REFERENCES operative_forums.districts (code) ON DELETE RESTRICT
            );

            CREATE TABLE operative_forums.agreement_revisions (
                id uuid NOT NULL,
                revised_on date NOT NULL,
                note character varying(2000),
                agreement_id uuid NOT NULL,
                CONSTRAINT pk_agreement_revisions PRIMARY KEY (id),
                CONSTRAINT fk_agreement_revisions_collaboration_agreements_agreement_id FOREIGN KEY (agreement_id) REFERENCES operative_forums.collaboration_agreements (id) ON DELETE CASCADE
            );

            CREATE INDEX ix_agreement_revisions_agreement_id ON operative_forums.agreement_revisions (agreement_id);
            CREATE UNIQUE INDEX ix_collaboration_agreements_district_code ON operative_forums.collaboration_agreements (district_code);
            CREATE INDEX ix_school_contact_persons_district_code ON operative_forums.school_contact_persons (district_code);
            CREATE UNIQUE INDEX ux_school_contact_persons_current ON operative_forums.school_contact_persons (school_id, district_code) WHERE effective_to IS NULL;
            """);
    }
}
