using Hangfire.PostgreSql;
using Npgsql;
using Samverkan.BuildingBlocks.Infrastructure.Startup;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>
/// Creates or upgrades Hangfire's tables in their own schema before the server starts. Hangfire's installer
/// is left off in the storage options (PrepareSchemaIfNecessary = false) and run here instead, under a
/// session advisory lock: two Hosts starting together would otherwise race on CREATE SCHEMA and on the
/// installer's own steps, and the dashboard builds the storage while the app is built, before this could run.
/// </summary>
internal sealed class SchedulerSchema(string connectionString, string schemaName) : IStartupTask
{
    // "sqsc" in ASCII: distinct from the migration lock, which is released by the time this runs.
    private const long LockKey = 0x73717363;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS \"{schemaName}\"", cancellationToken);
            PostgreSqlObjectsInstaller.Install(connection, schemaName);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // No command timeout: the lock may be held by another starting instance for as long as its install takes.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
