using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Migrations;

/// <summary>
/// Follow-up of the child after an investigation closed without measures (23 kap. SoL, issue 13): one per
/// investigation, with the consents to contacts with others and the contacts taken. New tables only; no existing
/// row changes. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SocialServicesDbContext))]
[Migration("20261204190000_FollowUpsAfterClosing")]
internal sealed class FollowUpsAfterClosing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE social_services.follow_ups_after_closing (
                id uuid NOT NULL,
                investigation_id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                closed_on date NOT NULL,
                decided_on date NOT NULL,
                ends_on date NOT NULL,
                reason character varying(4000) NOT NULL,
                child_born_on date NOT NULL,
                outcome character varying(50),
                outcome_note character varying(4000),
                ended_on date,
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_follow_ups_after_closing PRIMARY KEY (id),
                CONSTRAINT fk_follow_ups_after_closing_investigations_investigation_id FOREIGN KEY (investigation_id) REFERENCES social_services.investigations (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX ix_follow_ups_after_closing_investigation_id ON social_services.follow_ups_after_closing (investigation_id);

            CREATE TABLE social_services.follow_up_consents (
                id uuid NOT NULL,
                given_by character varying(50) NOT NULL,
                form character varying(50) NOT NULL,
                given_on date NOT NULL,
                documented_by character varying(200) NOT NULL,
                withdrawn_on date,
                follow_up_id uuid NOT NULL,
                CONSTRAINT pk_follow_up_consents PRIMARY KEY (id),
                CONSTRAINT fk_follow_up_consents_follow_ups_after_closing_follow_up_id FOREIGN KEY (follow_up_id) REFERENCES social_services.follow_ups_after_closing (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_follow_up_consents_follow_up_id ON social_services.follow_up_consents (follow_up_id);

            CREATE TABLE social_services.follow_up_contacts (
                id uuid NOT NULL,
                party character varying(50) NOT NULL,
                other_party character varying(200),
                held_on date NOT NULL,
                recorded_by character varying(200) NOT NULL,
                follow_up_id uuid NOT NULL,
                CONSTRAINT pk_follow_up_contacts PRIMARY KEY (id),
                CONSTRAINT fk_follow_up_contacts_follow_ups_after_closing_follow_up_id FOREIGN KEY (follow_up_id) REFERENCES social_services.follow_ups_after_closing (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_follow_up_contacts_follow_up_id ON social_services.follow_up_contacts (follow_up_id);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TABLE social_services.follow_up_contacts;
            DROP TABLE social_services.follow_up_consents;
            DROP TABLE social_services.follow_ups_after_closing;
            """);
}
