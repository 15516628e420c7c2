using Microsoft.EntityFrameworkCore.Migrations;

namespace Samverkan.BuildingBlocks.Infrastructure.Concurrency;

/// <summary>Adds the version column of <see cref="AggregateVersioning"/> to existing aggregate tables.</summary>
public static class VersionColumnsMigration
{
    /// <summary>
    /// Rows that exist start at version 1, as new ones do. The default stays for rows written in raw SQL (bulk
    /// test data, benchmarks); EF always writes the version itself.
    /// </summary>
    public static void AddVersionColumns(this MigrationBuilder migrationBuilder, string schema, params string[] tables)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"ALTER TABLE {schema}.{table} ADD COLUMN version bigint NOT NULL DEFAULT 1;");
        }
    }
}
