using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Applies every module's migrations at start-up. A PostgreSQL advisory lock held for the whole run makes
/// Host instances that start together take turns: the second finds nothing left to apply.
/// </summary>
public sealed partial class ModuleMigrator(ModuleRegistry modules, IServiceScopeFactory scopes, ILogger<ModuleMigrator> logger)
{
    // An arbitrary constant, shared by every Samverkan instance: "samv" in ASCII.
    private const long MigrationLockKey = 0x73616D76;

    public async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // No command timeout on the wait: another instance may hold the lock for as long as its migrations take
        // (a slow disk, a big migration), and giving up after the default 30 s would fail this start for nothing.
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", connection) { CommandTimeout = 0 })
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            foreach (var module in modules.Modules)
            {
                await CreateHistoryTableAsync(connection, module.Schema, cancellationToken);
            }

            // Reading what is pending builds each module's EF model, CPU work every start pays (the first request
            // would otherwise): done for all modules at once, it shortens start to ready on a migrated database.
            var pending = await Task.WhenAll(modules.Modules.Select(module => PendingAsync(module.DbContextType, cancellationToken)));
            foreach (var (module, count) in modules.Modules.Zip(pending).Where(m => m.Second > 0))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
                await db.Database.MigrateAsync(cancellationToken);
                LogMigrated(module.Name, count);
            }
        }
        finally
        {
            await using var unlockCommand = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", connection);
            await unlockCommand.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task<int> PendingAsync(Type dbContextType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(dbContextType);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
    }

    // EF reads the history table before creating it and logs the failure as an error on a new database;
    // creating it first (in EF's own shape) keeps a first start's log free of false alarms.
    private static async Task CreateHistoryTableAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            CREATE SCHEMA IF NOT EXISTS {schema};
            CREATE TABLE IF NOT EXISTS {schema}.{ModuleServiceCollectionExtensions.MigrationsHistoryTable} (
                migration_id character varying(150) NOT NULL PRIMARY KEY,
                product_version character varying(32) NOT NULL);
            """, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to module {Module}")]
    private partial void LogMigrated(string module, int count);
}
