using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Migrations;

/// <summary>Absence periods, the organisers' escalation ladders, and the steps pupils reached.</summary>
[DbContext(typeof(SchoolAttendanceDbContext))]
[Migration("20261125110000_Absence")]
internal sealed class Absence : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE school_attendance.absence_ladder_steps (
                organiser_id uuid NOT NULL,
                "order" integer NOT NULL,
                name character varying(200) NOT NULL,
                measure character varying(20) NOT NULL,
                threshold_percent numeric(5,1) NOT NULL,
                due_within_days integer NOT NULL,
                rule_reference character varying(300) NOT NULL,
                CONSTRAINT pk_absence_ladder_steps PRIMARY KEY (organiser_id, "order")
            );

            CREATE TABLE school_attendance.absence_periods (
                id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                school_id uuid NOT NULL,
                from_date date NOT NULL,
                to_date date NOT NULL,
                scheduled_minutes integer NOT NULL,
                excused_minutes integer NOT NULL,
                unexcused_minutes integer NOT NULL,
                recorded_by character varying(200) NOT NULL,
                CONSTRAINT pk_absence_periods PRIMARY KEY (id),
                CONSTRAINT fk_absence_periods_pupils_pupil_id FOREIGN KEY (pupil_id) REFERENCES school_attendance.pupils (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_absence_periods_pupil_id_from_date ON school_attendance.absence_periods (pupil_id, from_date);

            CREATE TABLE school_attendance.absence_steps (
                id uuid NOT NULL,
                pupil_id uuid NOT NULL,
                school_id uuid NOT NULL,
                absence_period_id uuid NOT NULL,
                step_order integer NOT NULL,
                name character varying(200) NOT NULL,
                reached_on date NOT NULL,
                due_date date NOT NULL,
                completed_on date,
                CONSTRAINT pk_absence_steps PRIMARY KEY (id),
                CONSTRAINT fk_absence_steps_pupils_pupil_id FOREIGN KEY (pupil_id) REFERENCES school_attendance.pupils (id) ON DELETE RESTRICT,
                CONSTRAINT fk_absence_steps_absence_periods_absence_period_id FOREIGN KEY (absence_period_id) REFERENCES school_attendance.absence_periods (id) ON DELETE RESTRICT
            );
            CREATE INDEX ix_absence_steps_absence_period_id ON school_attendance.absence_steps (absence_period_id);
            CREATE INDEX ix_absence_steps_pupil_id_reached_on ON school_attendance.absence_steps (pupil_id, reached_on);
            """);
    }
}
