using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Bus.Infrastructure.Persistence.Migrations;

/// <summary>Versions of the agenda template (common and the groups' adaptations) and meetings held from one, with minutes and attendance. Hand-written: docs/adr/0002.</summary>
[DbContext(typeof(BusDbContext))]
[Migration("20261204183000_AgendaAndMeetings")]
internal sealed class AgendaAndMeetings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE bus.agenda_templates (
            id uuid NOT NULL,
            group_id uuid,
            version_number integer NOT NULL,
            adapted_from uuid,
            source character varying(300) NOT NULL,
            created_on date NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            CONSTRAINT pk_agenda_templates PRIMARY KEY (id),
            CONSTRAINT fk_agenda_templates_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE RESTRICT
        );
        CREATE TABLE bus.agenda_items (
            id uuid NOT NULL,
            "order" integer NOT NULL,
            title character varying(500) NOT NULL,
            standing_item character varying(50),
            template_id uuid NOT NULL,
            CONSTRAINT pk_agenda_items PRIMARY KEY (id),
            CONSTRAINT fk_agenda_items_agenda_templates_template_id FOREIGN KEY (template_id) REFERENCES bus.agenda_templates (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.meetings (
            id uuid NOT NULL,
            group_id uuid NOT NULL,
            held_on date NOT NULL,
            template_id uuid NOT NULL,
            template_version integer NOT NULL,
            template_group_id uuid,
            version bigint NOT NULL DEFAULT 1,
            CONSTRAINT pk_meetings PRIMARY KEY (id),
            CONSTRAINT fk_meetings_groups_group_id FOREIGN KEY (group_id) REFERENCES bus.groups (id) ON DELETE RESTRICT,
            CONSTRAINT fk_meetings_agenda_templates_template_id FOREIGN KEY (template_id) REFERENCES bus.agenda_templates (id) ON DELETE RESTRICT
        );
        CREATE TABLE bus.meeting_attendance (
            id uuid NOT NULL,
            party_kind character varying(50) NOT NULL,
            present boolean NOT NULL,
            meeting_id uuid NOT NULL,
            CONSTRAINT pk_meeting_attendance PRIMARY KEY (id),
            CONSTRAINT fk_meeting_attendance_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES bus.meetings (id) ON DELETE CASCADE
        );
        CREATE TABLE bus.meeting_items (
            id uuid NOT NULL,
            "order" integer NOT NULL,
            title character varying(500) NOT NULL,
            standing_item character varying(50),
            minutes character varying(4000),
            meeting_id uuid NOT NULL,
            CONSTRAINT pk_meeting_items PRIMARY KEY (id),
            CONSTRAINT fk_meeting_items_meetings_meeting_id FOREIGN KEY (meeting_id) REFERENCES bus.meetings (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_agenda_items_template_id ON bus.agenda_items (template_id);
        CREATE UNIQUE INDEX ix_agenda_templates_version_number ON bus.agenda_templates (version_number) WHERE group_id IS NULL;
        CREATE UNIQUE INDEX ix_agenda_templates_group_id_version_number ON bus.agenda_templates (group_id, version_number) WHERE group_id IS NOT NULL;
        CREATE UNIQUE INDEX ix_meeting_attendance_meeting_id_party_kind ON bus.meeting_attendance (meeting_id, party_kind);
        CREATE INDEX ix_meeting_items_meeting_id ON bus.meeting_items (meeting_id);
        CREATE UNIQUE INDEX ix_meetings_group_id_held_on ON bus.meetings (group_id, held_on);
        CREATE INDEX ix_meetings_template_id ON bus.meetings (template_id);
        """);
}
