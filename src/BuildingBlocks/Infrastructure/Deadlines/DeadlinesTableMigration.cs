using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Deadlines;

/// <summary>Creates a module schema's deadlines table; the drift test checks it against DeadlineConfiguration.</summary>
public static class DeadlinesTableMigration
{
    public static void CreateDeadlinesTable(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.Sql($"""
            CREATE TABLE {schema}.deadlines (
                id uuid NOT NULL,
                kind character varying(100) NOT NULL,
                subject_id uuid NOT NULL,
                district_code character varying(50) NOT NULL,
                responsible_organisation_id uuid NOT NULL,
                responsible_user_id character varying(200),
                due_date date NOT NULL,
                rule_reference character varying(300) NOT NULL,
                status character varying(20) NOT NULL,
                created_at timestamp with time zone NOT NULL,
                met_at timestamp with time zone,
                breached_at timestamp with time zone,
                cancelled_at timestamp with time zone,
                reason character varying(1000),
                CONSTRAINT pk_deadlines PRIMARY KEY (id)
            );
            CREATE INDEX ix_deadlines_open_due_date ON {schema}.deadlines (due_date) WHERE status = 'Open';
            CREATE INDEX ix_deadlines_subject_id_kind ON {schema}.deadlines (subject_id, kind);
            """);
    }
}
