using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Persistence;

/// <summary>
/// Migrations are written by hand (docs/adr/0002), so this guards them: a scratch database built from what
/// the EF model generates must have the same columns, indexes and constraints as the migrated one.
/// </summary>
public sealed class MigrationDriftTests : IntegrationTest
{
    [Test]
    public async Task EveryModule_MigratedSchema_MatchesTheEfModel()
    {
        var modules = App.Services.GetRequiredService<ModuleRegistry>().Modules;
        var scratch = await CreateScratchDatabaseAsync();
        var differences = new List<string>();
        foreach (var module in modules)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            var script = db.Database.GenerateCreateScript();
            await ExecuteAsync(scratch, script);

            var migrated = await DescribeSchemaAsync(TestDatabase.ConnectionString, module.Schema);
            var modelled = await DescribeSchemaAsync(scratch, module.Schema);
            differences.AddRange(migrated.Except(modelled).Select(line => $"only in migrations: {line}"));
            differences.AddRange(modelled.Except(migrated).Select(line => $"only in the EF model: {line}"));
            if (migrated.Except(modelled).Any() || modelled.Except(migrated).Any())
            {
                TestContext.Out.WriteLine($"-- EF model script for {module.Name}:\n{script}");
            }
        }

        differences.ShouldBeEmpty();
    }

    private static async Task<string> CreateScratchDatabaseAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        var name = builder.Database + "_drift";
        await using (var admin = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        builder.Database = name;
        return builder.ConnectionString;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Tables and columns with types, nullability and defaults; index definitions; constraint definitions. Views
    // (e.g. social_services.case_worklist, mapped with ToView) are not in EF's create script: the queries that read
    // them check their columns.
    private static async Task<HashSet<string>> DescribeSchemaAsync(string connectionString, string schema)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || coalesce(' default ' || column_default, '')
              FROM information_schema.columns WHERE table_schema = @schema AND table_name <> '__migrations_history'
               AND table_name NOT IN (SELECT table_name FROM information_schema.views WHERE table_schema = @schema)
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = @schema AND tablename <> '__migrations_history'
            UNION ALL
            SELECT 'constraint ' || rel.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
              FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
             WHERE ns.nspname = @schema AND rel.relname <> '__migrations_history'
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schema", schema);
        var lines = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
