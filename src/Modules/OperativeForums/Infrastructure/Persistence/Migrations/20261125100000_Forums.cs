using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Migrations;

/// <summary>Forums with their membership history and invitations; meetings with attendance and minutes.</summary>
[DbContext(typeof(OperativeForumsDbContext))]
[Migration("20261125100000_Forums")]
internal sealed class Forums : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE operative_forums.forums (
                id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                name character varying(200) NOT NULL,
                kind character varying(50) NOT NULL,
                convening_organisation_id uuid NOT NULL,
                expected_meetings_per_term integer NOT NULL,
                CONSTRAINT pk_forums PRIMARY KEY (id),
                CONSTRAINT fk_forums_districts_district_code FOREIGN KEY (district_code) REFERENCES operative_forums.districts (code) ON DELETE RESTRICT,
                CONSTRAINT fk_forums_organisations_convening_organisation_id FOREIGN KEY (convening_organisation_id) REFERENCES operative_forums.organisations (id) ON DELETE RESTRICT
            );

            CREATE TABLE operative_forums.forum_memberships (
                id uuid NOT NULL,
                organisation_id uuid NOT NULL,
                member_name character varying(200),
                role character varying(100) NOT NULL,
                joined_on date NOT NULL,
                left_on date,
                forum_id uuid NOT NULL,
                CONSTRAINT pk_forum_memberships PRIMARY KEY (id),
                CONSTRAINT fk_forum_memberships_forums_forum_id FOREIGN KEY (forum_id) REFERENCES operative_forums.forums (id) ON DELETE CASCADE,
                CONSTRAINT fk_forum_memberships_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES operative_forums.organisations (id) ON DELETE RESTRICT
            );

            CREATE TABLE operative_forums.forum_invitations (
                id uuid NOT NULL,
                organisation_id uuid NOT NULL,
                invited_on date NOT NULL,
                answer character varying(20) NOT NULL,
                answered_on date,
                forum_id uuid NOT NULL,
                CONSTRAINT pk_forum_invitations PRIMARY KEY (id),
                CONSTRAINT fk_forum_invitations_forums_forum_id FOREIGN KEY (forum_id) REFERENCES operative_forums.forums (id) ON DELETE CASCADE,
                CONSTRAINT fk_forum_invitations_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES operative_forums.organisations (id) ON DELETE RESTRICT
            );

            CREATE TABLE operative_forums.meetings (
                id uuid NOT NULL,
                forum_id uuid NOT NULL,
                date date NOT NULL,
                starts_at time without time zone NOT NULL,
                ends_at time without time zone NOT NULL,
                place character varying(300) NOT NULL,
                agenda character varying(4000) NOT NULL,
                status character varying(20) NOT NULL,
                sequence integer NOT NULL,
                CONSTRAINT pk_meetings PRIMARY KEY (id),
                CONSTRAINT fk_meetings_forums_forum_id FOREIGN KEY (forum_id) REFERENCES operative_forums.forums (id) ON DELETE CASCADE
            );

            CREATE TABLE operative_forums.meeting_attendance (
                id uuid NOT NULL,
                organisation_id uuid NOT NULL,
                member_name character varying(200),
                present boolean NOT NULL,
                meeting_id uuid NOT NULL,
                CONSTRAINT pk_meeting_attendance PRIMARY KEY (id),
                CONSTRAINT fk_meeting_attendance_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES operative_forums.meetings (id) ON DELETE CASCADE,
                CONSTRAINT fk_meeting_attendance_organisations_organisation_id FOREIGN KEY (organisation_id) REFERENCES operative_forums.organisations (id) ON DELETE RESTRICT
            );

            CREATE TABLE operative_forums.meeting_minutes_items (
                id uuid NOT NULL,
                heading character varying(300) NOT NULL,
                notes character varying(8000) NOT NULL,
                child_name character varying(200),
                consent_reference character varying(200),
                position integer NOT NULL,
                meeting_id uuid NOT NULL,
                CONSTRAINT pk_meeting_minutes_items PRIMARY KEY (id),
                CONSTRAINT fk_meeting_minutes_items_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES operative_forums.meetings (id) ON DELETE CASCADE
            );

            CREATE INDEX ix_forum_invitations_forum_id ON operative_forums.forum_invitations (forum_id);
            CREATE INDEX ix_forum_invitations_organisation_id ON operative_forums.forum_invitations (organisation_id);
            CREATE INDEX ix_forum_memberships_forum_id ON operative_forums.forum_memberships (forum_id);
            CREATE INDEX ix_forum_memberships_organisation_id ON operative_forums.forum_memberships (organisation_id);
            CREATE INDEX ix_forums_convening_organisation_id ON operative_forums.forums (convening_organisation_id);
            CREATE INDEX ix_forums_district_code ON operative_forums.forums (district_code);
            CREATE INDEX ix_meeting_attendance_meeting_id ON operative_forums.meeting_attendance (meeting_id);
            CREATE INDEX ix_meeting_attendance_organisation_id ON operative_forums.meeting_attendance (organisation_id);
            CREATE INDEX ix_meeting_minutes_items_meeting_id ON operative_forums.meeting_minutes_items (meeting_id);
            CREATE INDEX ix_meetings_forum_id_date ON operative_forums.meetings (forum_id, date);
            """);
    }
}
