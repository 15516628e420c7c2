using Npgsql;
using Samverkan.BuildingBlocks.Infrastructure.Startup;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>
/// Quartz provisions its own tables (ProvisionSchema) but not the schema they live in, so this creates the
/// "scheduler" schema before the scheduler starts. Under a transaction-scoped advisory lock, because two Hosts
/// starting together would otherwise race on CREATE SCHEMA.
/// </summary>
internal sealed class SchedulerSchema(string connectionString) : IStartupTask
{
    public const string Name = "scheduler";

    // "sqsc" in ASCII: distinct from the migration lock, which is released by the time this runs.
    private const long LockKey = 0x73717363;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey}); CREATE SCHEMA IF NOT EXISTS {Name};", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
