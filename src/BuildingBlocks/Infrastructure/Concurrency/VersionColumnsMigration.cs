using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Concurrency;

/// <summary>Adds the version column of <see cref="AggregateVersioning"/> to existing aggregate tables.</summary>
public static class VersionColumnsMigration
{
    /// <summary>Rows that exist get version 0; the default is dropped again, as the EF model writes every version itself.</summary>
    public static void AddVersionColumns(this MigrationBuilder migrationBuilder, string schema, params string[] tables)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE {schema}.{table} ADD COLUMN version bigint NOT NULL DEFAULT 0;
                ALTER TABLE {schema}.{table} ALTER COLUMN version DROP DEFAULT;
                """);
        }
    }
}
