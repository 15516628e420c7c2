using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Contracts.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Deadlines;

/// <summary>
/// Stamps every open deadline of one module whose due date has passed as breached, once; saving publishes
/// DeadlineBreached through the module's outbox. A due date is the last day allowed, so a deadline due
/// yesterday is breached today.
/// </summary>
public sealed partial class DeadlineChecker<TDbContext>(IServiceScopeFactory scopes, TimeProvider time, ILogger<DeadlineChecker<TDbContext>> logger)
    where TDbContext : ModuleDbContext
{
    public const int BatchSize = 10000;

    /// <returns>How many deadlines were stamped breached.</returns>
    public async Task<int> BreachOverdueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var breached = 0;
        bool more;
        do
        {
            (var stamped, more) = await BreachBatchAsync(today, cancellationToken);
            breached += stamped;
        }
        while (more);

        if (breached > 0)
        {
            LogBreached(typeof(TDbContext).Name, breached);
        }

        return breached;
    }

    // One statement stamps a batch and returns it, one more writes its events; both in one transaction.
    // Set-based on purpose: tracking each row in EF cost twenty times the query itself (docs/benchmarks.md).
    // Returns whether more were due than the batch took, so a check that took them all asks no more: a last
    // query finding nothing steps over the index entries of every row just stamped (about 50 ms for 10,000).
    private async Task<(int Stamped, bool More)> BreachBatchAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The inner query reads only what the partial index ix_deadlines_open_due_date holds below today, so the
        // work grows with what has fallen due, not with how many deadlines are open; the stamp then goes to
        // those rows by their physical address instead of looking each up again by id. It reads one row more
        // than it stamps, to tell whether another batch is due. The outer conditions are not redundant: a second
        // Host checking at the same moment waits for this one's row locks, then re-reads each row and skips it,
        // now breached (or met, or extended meanwhile), so a breach is stamped once. The schema is the module's
        // constant.
        var now = time.GetUtcNow();
        await using var command = new NpgsqlCommand(
            $"""
            WITH due AS (
                SELECT ctid FROM {db.Schema}.deadlines
                WHERE status = 'Open' AND due_date < $2
                ORDER BY due_date
                LIMIT $3 + 1)
            UPDATE {db.Schema}.deadlines SET status = 'Breached', breached_at = $1, version = version + 1
            WHERE ctid = ANY(ARRAY(SELECT ctid FROM due LIMIT $3))
              AND status = 'Open' AND due_date < $2
            RETURNING id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date,
                rule_reference, (SELECT count(*) FROM due) > $3
            """,
            (NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = today });
        command.Parameters.Add(new NpgsqlParameter { Value = BatchSize });
        var (events, more) = await ReadBreachesAsync(command, db.ModuleName, now, cancellationToken);
        if (events.Count > 0)
        {
            await db.WriteIntegrationEventsAsync(events, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (events.Count, more);
    }

    // Read with a plain data reader, straight into the events: EF materialising 10,000 deadlines from RETURNING
    // took 120-220 ms of the check (docs/benchmarks.md). Fills the event as DeadlineEventWriter does from a
    // tracked deadline.
    private static async Task<(List<IntegrationEvent> Events, bool More)> ReadBreachesAsync(
        NpgsqlCommand command, string module, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = new List<IntegrationEvent>();
        var more = false;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new DeadlineBreached
            {
                OccurredAt = now,
                Module = module,
                DeadlineId = reader.GetGuid(0),
                Kind = reader.GetString(1),
                SubjectId = reader.GetGuid(2),
                DistrictCode = reader.GetString(3),
                ResponsibleOrganisationId = reader.GetGuid(4),
                ResponsibleUserId = reader.IsDBNull(5) ? null : reader.GetString(5),
                DueDate = reader.GetFieldValue<DateOnly>(6),
                RuleReference = reader.GetString(7),
            });
            more = reader.GetBoolean(8);
        }

        return (events, more);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stamped {Count} deadline(s) of {Module} breached")]
    private partial void LogBreached(string module, int count);
}
