using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>Pupils, suspensions and reports of concern (school side); intakes, investigations, interventions (social services).</summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261125100000_SchoolAndSocialServices")]
internal sealed class SchoolAndSocialServices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE school_attendance.pupils (
                id uuid NOT NULL,
                personal_identity_number character varying(12) NOT NULL,
                sex character varying(10) NOT NULL,
                birth_date date NOT NULL,
                school_id uuid NOT NULL,
                organiser_id uuid NOT NULL,
                home_district_code character varying(50) NOT NULL,
                school_form character varying(30) NOT NULL,
                has_protected_identity boolean NOT NULL,
                address character varying(300),
                CONSTRAINT pk_pupils PRIMARY KEY (id)
            );
            CREATE UNIQUE INDEX ix_pupils_personal_identity_number ON school_attendance.pupils (personal_identity_number);
            CREATE INDEX ix_pupils_school_id ON school_attendance.pupils (school_id);

            CREATE TABLE school_attendance.suspensions (
                id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                school_id uuid NOT NULL,
                school_form character varying(30) NOT NULL,
                start_date date NOT NULL,
                end_date date NOT NULL,
                decided_on date NOT NULL,
                decided_by character varying(200) NOT NULL,
                decider character varying(30) NOT NULL,
                reason character varying(4000) NOT NULL,
                hearing_held_on date NOT NULL,
                hearing_notes character varying(4000),
                compensatory_teaching character varying(4000),
                social_services_consulted_on date,
                social_services_informed boolean NOT NULL,
                CONSTRAINT pk_suspensions PRIMARY KEY (id),
                CONSTRAINT fk_suspensions_pupils_pupil_id FOREIGN KEY (pupil_id) REFERENCES school_attendance.pupils (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_suspensions_pupil_id_start_date ON school_attendance.suspensions (pupil_id, start_date);

            CREATE TABLE school_attendance.reports_of_concern (
                id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                school_id uuid NOT NULL,
                reported_by character varying(200) NOT NULL,
                observations character varying(8000) NOT NULL,
                reported_at timestamp with time zone NOT NULL,
                CONSTRAINT pk_reports_of_concern PRIMARY KEY (id),
                CONSTRAINT fk_reports_of_concern_pupils_pupil_id FOREIGN KEY (pupil_id) REFERENCES school_attendance.pupils (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_reports_of_concern_pupil_id ON school_attendance.reports_of_concern (pupil_id);
            CREATE INDEX ix_reports_of_concern_school_id ON school_attendance.reports_of_concern (school_id);

            CREATE TABLE school_attendance.intakes (
                id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                reporter_organisation_id uuid NOT NULL,
                source character varying(30) NOT NULL,
                source_id uuid NOT NULL,
                received_at timestamp with time zone NOT NULL,
                protection_assessed_at timestamp with time zone,
                protection_assessment character varying(8000),
                joined_investigation_id uuid,
                preliminary_extension_reason character varying(2000),
                decided_on date,
                opens_investigation boolean,
                decision_reasons character varying(8000),
                investigation_id uuid,
                feedback_given_at timestamp with time zone,
                feedback character varying(4000),
                meeting_status character varying(20) NOT NULL,
                CONSTRAINT pk_intakes PRIMARY KEY (id),
                CONSTRAINT fk_intakes_pupils_pupil_id FOREIGN KEY (pupil_id) REFERENCES school_attendance.pupils (id) ON DELETE RESTRICT
            );
            CREATE UNIQUE INDEX ix_intakes_source_id ON school_attendance.intakes (source_id);
            CREATE INDEX ix_intakes_district_code_received_at ON school_attendance.intakes (district_code, received_at);
            CREATE INDEX ix_intakes_pupil_id ON school_attendance.intakes (pupil_id);

            CREATE TABLE school_attendance.investigations (
                id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                opened_on date NOT NULL,
                due_date date NOT NULL,
                includes_schooling boolean NOT NULL,
                extension_reason character varying(2000),
                completed_on date,
                CONSTRAINT pk_investigations PRIMARY KEY (id),
                CONSTRAINT fk_investigations_pupils_pupil_id FOREIGN KEY (pupil_id) REFERENCES school_attendance.pupils (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_investigations_pupil_id ON school_attendance.investigations (pupil_id);

            CREATE TABLE school_attendance.interventions (
                id uuid NOT NULL,
                investigation_id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                kind_code character varying(50) NOT NULL,
                consent_given_by character varying(200) NOT NULL,
                consent_given_on date NOT NULL,
                started_on date NOT NULL,
                follow_up_every_weeks integer NOT NULL,
                follow_ups_held integer NOT NULL,
                last_follow_up_on date,
                CONSTRAINT pk_interventions PRIMARY KEY (id),
                CONSTRAINT fk_interventions_investigations_investigation_id FOREIGN KEY (investigation_id) REFERENCES school_attendance.investigations (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_interventions_investigation_id ON school_attendance.interventions (investigation_id);
            """);
    }
}
