using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.Notifications.Infrastructure.Persistence.Migrations;

/// <summary>
/// The managers' overview counted a district's decided deadlines on every request: an index scan of years of
/// rows that grows with the city (issue 16). The counts are now kept per district, organisation and kind by
/// statement-level triggers on tracked_deadlines, in the writer's transaction, and read as a handful of rows.
/// Each changed row leaves the count it was in (old rows) and joins the one it is in now (new rows); the net
/// change per key is applied in key order, so two writers lock counts in the same order (docs/adr/0026).
/// Hand-written: docs/adr/0002.
/// </summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("20261205010000_PunctualityCounts")]
internal sealed class PunctualityCounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE notifications.deadline_punctuality (
                district_code character varying(50) NOT NULL,
                responsible_organisation_id uuid NOT NULL,
                kind character varying(100) NOT NULL,
                decided integer NOT NULL,
                met_on_time integer NOT NULL,
                CONSTRAINT pk_deadline_punctuality PRIMARY KEY (district_code, responsible_organisation_id, kind));

            CREATE FUNCTION notifications.count_punctuality() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- A transition table exists only for the operations that have one, so each branch names its own.
                IF TG_OP = 'DELETE' THEN
                    -- Only lowers counts that exist: emptying both tables, in either order, leaves nothing behind.
                    UPDATE notifications.deadline_punctuality p
                       SET decided = p.decided - gone.decided, met_on_time = p.met_on_time - gone.met_on_time
                      FROM (SELECT district_code, responsible_organisation_id, kind,
                                   count(*)::int AS decided, count(*) FILTER (WHERE met_on_time)::int AS met_on_time
                              FROM old_rows WHERE status IN ('Met', 'Breached') GROUP BY 1, 2, 3) gone
                     WHERE (p.district_code, p.responsible_organisation_id, p.kind)
                         = (gone.district_code, gone.responsible_organisation_id, gone.kind);
                    RETURN NULL;
                END IF;

                IF TG_OP = 'INSERT' THEN
                    INSERT INTO notifications.deadline_punctuality AS p (district_code, responsible_organisation_id, kind, decided, met_on_time)
                    SELECT district_code, responsible_organisation_id, kind, count(*), count(*) FILTER (WHERE met_on_time)
                      FROM new_rows WHERE status IN ('Met', 'Breached')
                     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                    ON CONFLICT (district_code, responsible_organisation_id, kind) DO UPDATE
                       SET decided = p.decided + excluded.decided, met_on_time = p.met_on_time + excluded.met_on_time;
                    RETURN NULL;
                END IF;

                -- An update: most change no count (a reminder step, a new due date) and are left out by HAVING.
                INSERT INTO notifications.deadline_punctuality AS p (district_code, responsible_organisation_id, kind, decided, met_on_time)
                SELECT district_code, responsible_organisation_id, kind, sum(decided), sum(met_on_time)
                  FROM (SELECT district_code, responsible_organisation_id, kind, 1 AS decided, CASE WHEN met_on_time THEN 1 ELSE 0 END AS met_on_time
                          FROM new_rows WHERE status IN ('Met', 'Breached')
                        UNION ALL
                        SELECT district_code, responsible_organisation_id, kind, -1, CASE WHEN met_on_time THEN -1 ELSE 0 END
                          FROM old_rows WHERE status IN ('Met', 'Breached')) AS change
                 GROUP BY 1, 2, 3
                HAVING sum(decided) <> 0 OR sum(met_on_time) <> 0
                 ORDER BY 1, 2, 3
                ON CONFLICT (district_code, responsible_organisation_id, kind) DO UPDATE
                   SET decided = p.decided + excluded.decided, met_on_time = p.met_on_time + excluded.met_on_time;
                RETURN NULL;
            END $$;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER count_punctuality_inserted AFTER INSERT ON notifications.tracked_deadlines
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notifications.count_punctuality();
            CREATE TRIGGER count_punctuality_updated AFTER UPDATE ON notifications.tracked_deadlines
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notifications.count_punctuality();
            CREATE TRIGGER count_punctuality_deleted AFTER DELETE ON notifications.tracked_deadlines
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notifications.count_punctuality();

            INSERT INTO notifications.deadline_punctuality (district_code, responsible_organisation_id, kind, decided, met_on_time)
            SELECT district_code, responsible_organisation_id, kind, count(*), count(*) FILTER (WHERE met_on_time)
              FROM notifications.tracked_deadlines WHERE status IN ('Met', 'Breached') GROUP BY 1, 2, 3;

            DROP INDEX notifications.ix_tracked_deadlines_decided_by_district;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE INDEX ix_tracked_deadlines_decided_by_district ON notifications.tracked_deadlines (district_code, kind)
                INCLUDE (met_on_time, responsible_organisation_id) WHERE status IN ('Met', 'Breached');
            DROP TRIGGER count_punctuality_inserted ON notifications.tracked_deadlines;
            DROP TRIGGER count_punctuality_updated ON notifications.tracked_deadlines;
            DROP TRIGGER count_punctuality_deleted ON notifications.tracked_deadlines;
            DROP FUNCTION notifications.count_punctuality();
            DROP TABLE notifications.deadline_punctuality;
            """);
    }
}
