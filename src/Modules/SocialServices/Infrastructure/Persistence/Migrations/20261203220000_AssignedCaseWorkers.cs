using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Migrations;

/// <summary>
/// A named case worker (issue 13): the unit's roster of case workers, the case worker on intakes and
/// investigations with the history of assignments, and the view the worklists read (a case, its unit and its
/// next legal date). Existing cases stay unassigned. Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(SocialServicesDbContext))]
[Migration("20261203220000_AssignedCaseWorkers")]
internal sealed class AssignedCaseWorkers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE social_services.case_workers (
                id uuid NOT NULL,
                user_id character varying(200) NOT NULL,
                name character varying(200) NOT NULL,
                organisation_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                registered_at timestamp with time zone NOT NULL,
                registered_by character varying(200) NOT NULL,
                CONSTRAINT pk_case_workers PRIMARY KEY (id)
            );
            CREATE UNIQUE INDEX ix_case_workers_organisation_id_district_code_user_id ON social_services.case_workers (organisation_id, district_code, user_id);

            CREATE TABLE social_services.case_assignments (
                id uuid NOT NULL,
                subject_type character varying(20) NOT NULL,
                subject_id uuid NOT NULL,
                from_user_id character varying(200) NULL,
                to_user_id character varying(200) NOT NULL,
                assigned_at timestamp with time zone NOT NULL,
                assigned_by character varying(200) NOT NULL,
                CONSTRAINT pk_case_assignments PRIMARY KEY (id)
            );
            CREATE INDEX ix_case_assignments_subject_id_assigned_at ON social_services.case_assignments (subject_id, assigned_at);

            ALTER TABLE social_services.intakes ADD case_worker_user_id character varying(200) NULL;
            CREATE INDEX ix_intakes_case_worker_user_id ON social_services.intakes (case_worker_user_id);
            ALTER TABLE social_services.investigations ADD case_worker_user_id character varying(200) NULL;
            CREATE INDEX ix_investigations_case_worker_user_id ON social_services.investigations (case_worker_user_id);

            -- A case still being worked on: an intake undecided or an investigation not completed, or either while a
            -- legal deadline still runs. The unit is the organisation answering for the case's deadlines; the
            -- reminder to assign a case worker is not a legal date and is left out of the next one.
            CREATE VIEW social_services.case_worklist AS
            SELECT c.case_kind, c.case_id, c.district_code, u.unit_organisation_id, c.case_worker_user_id, c.started_on,
                   d.next_legal_date, coalesce(d.breached, false) AS breached
              FROM (SELECT 'intake'::text AS case_kind, i.id AS case_id, i.district_code, i.case_worker_user_id,
                           (i.received_at AT TIME ZONE 'Europe/Stockholm')::date AS started_on,
                           (i.decided_on IS NULL AND i.joined_investigation_id IS NULL) AS in_progress
                      FROM social_services.intakes AS i
                    UNION ALL
                    SELECT 'investigation'::text, v.id, v.district_code, v.case_worker_user_id, v.opened_on, v.completed_on IS NULL
                      FROM social_services.investigations AS v) AS c
              LEFT JOIN LATERAL (SELECT min(x.due_date) AS next_legal_date, bool_or(x.status = 'Breached') AS breached
                                   FROM social_services.deadlines AS x
                                  WHERE x.subject_id = c.case_id AND x.status IN ('Open', 'Breached') AND x.kind <> 'case-worker-assignment') AS d ON true
              LEFT JOIN LATERAL (SELECT y.responsible_organisation_id AS unit_organisation_id
                                   FROM social_services.deadlines AS y
                                  WHERE y.subject_id = c.case_id
                                  ORDER BY y.created_at, y.id
                                  LIMIT 1) AS u ON true
             WHERE c.in_progress OR d.next_legal_date IS NOT NULL;
            """);
    }
}
