using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Migrations;

/// <summary>
/// The SocialServices schema with its platform, deadlines and idempotency tables, and the casework moved in from
/// SchoolAttendance (docs/adr/0018): the tables by ALTER TABLE ... SET SCHEMA (their indexes and constraints
/// go with them; the foreign keys to the school's pupils are dropped, since no key crosses the secrecy line),
/// the casework deadlines, case audit entries, the directory copy of organisations, the inbox rows of the
/// intake handlers (renamed, so a redelivered report registers no second intake) and the casework deadline
/// events not yet relayed. Notifications' copies of those deadlines are renamed to this module. Modules migrate
/// in the Host's order, SchoolAttendance before this one; each step is guarded, so a database that never had
/// the casework in SchoolAttendance is migrated too. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SocialServicesDbContext))]
[Migration("20261203180000_Initial")]
internal sealed class Initial : Migration
{
    private const string OldIntakeHandlers = "Samverkan.SchoolAttendance.Application.Features.SocialServices.RegisterIntake.";
    private const string NewIntakeHandlers = "Samverkan.SocialServices.Application.Features.Intakes.RegisterIntake.";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS social_services;");
        migrationBuilder.CreatePlatformTables("social_services");
        migrationBuilder.CreateAuditReviewIndex("social_services");
        migrationBuilder.CreateOutboxClaimIndex("social_services");
        migrationBuilder.CreateDeadlinesTable("social_services");
        migrationBuilder.AddVersionColumns("social_services", "deadlines");
        migrationBuilder.CreateOneCurrentDeadlineIndex("social_services");
        migrationBuilder.CreateIdempotencyKeysTable("social_services");
        migrationBuilder.Sql("""
            CREATE TABLE social_services.known_organisations (
                id uuid NOT NULL,
                name character varying(200) NOT NULL,
                kind character varying(50) NOT NULL,
                is_independent boolean NOT NULL,
                district_codes text[] NOT NULL,
                synced_at timestamp with time zone NOT NULL,
                organiser_id uuid NULL,
                version bigint NOT NULL DEFAULT 1,
                CONSTRAINT pk_known_organisations PRIMARY KEY (id)
            );
            """);
        migrationBuilder.Sql($$"""
            DO $move$
            BEGIN
                IF to_regclass('school_attendance.intakes') IS NULL THEN
                    RAISE EXCEPTION 'SchoolAttendance must be migrated before SocialServices (its casework tables are moved here).';
                END IF;

                ALTER TABLE school_attendance.intakes DROP CONSTRAINT IF EXISTS fk_intakes_pupils_pupil_id;
                ALTER TABLE school_attendance.investigations DROP CONSTRAINT IF EXISTS fk_investigations_pupils_pupil_id;
                ALTER TABLE school_attendance.intakes SET SCHEMA social_services;
                ALTER TABLE school_attendance.investigations SET SCHEMA social_services;
                ALTER TABLE school_attendance.interventions SET SCHEMA social_services;

                INSERT INTO social_services.known_organisations
                    (id, name, kind, is_independent, district_codes, synced_at, organiser_id, version)
                SELECT id, name, kind, is_independent, district_codes, synced_at, organiser_id, version
                FROM school_attendance.known_organisations;

                WITH moved AS (
                    DELETE FROM school_attendance.deadlines WHERE kind <> 'absence-step' RETURNING *)
                INSERT INTO social_services.deadlines
                    (id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date, rule_reference,
                     status, created_at, met_at, breached_at, cancelled_at, reason, version)
                SELECT id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date, rule_reference,
                       status, created_at, met_at, breached_at, cancelled_at, reason, version
                FROM moved;

                WITH moved AS (
                    DELETE FROM school_attendance.audit_entries WHERE subject_type = 'case' RETURNING *)
                INSERT INTO social_services.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation, purpose)
                SELECT id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation, purpose FROM moved;

                WITH moved AS (
                    DELETE FROM school_attendance.inbox_messages WHERE handler LIKE '{{OldIntakeHandlers}}%' RETURNING *)
                INSERT INTO social_services.inbox_messages (message_id, handler, processed_at)
                SELECT message_id, replace(handler, '{{OldIntakeHandlers}}', '{{NewIntakeHandlers}}'), processed_at FROM moved;

                -- Casework deadline events not yet relayed leave from this module's outbox, in this module's name.
                WITH moved AS (
                    DELETE FROM school_attendance.outbox_messages
                    WHERE processed_at IS NULL AND type LIKE 'Samverkan.BuildingBlocks.Contracts.Deadlines.%'
                      AND payload->>'kind' IS DISTINCT FROM 'absence-step'
                    RETURNING *)
                INSERT INTO social_services.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts, last_error, processed_at, parked_at)
                SELECT id, type, jsonb_set(payload, '{module}', '"SocialServices"'), occurred_at, next_attempt_at, attempts, last_error, processed_at, parked_at
                FROM moved;

                IF to_regclass('notifications.tracked_deadlines') IS NOT NULL THEN
                    UPDATE notifications.tracked_deadlines SET module = 'SocialServices'
                    WHERE module = 'SchoolAttendance' AND kind <> 'absence-step';
                END IF;
            END
            $move$;
            """);
    }
}
