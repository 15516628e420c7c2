using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
        int claimed;
        do
        {
            claimed = await BreachBatchAsync(today, cancellationToken);
            breached += claimed;
        }
        while (claimed == BatchSize);

        if (breached > 0)
        {
            LogBreached(typeof(TDbContext).Name, breached);
        }

        return breached;
    }

    // One statement stamps a batch and returns it, one more writes its events; both in one transaction.
    // Set-based on purpose: tracking each row in EF cost twenty times the query itself (docs/benchmarks.md).
    private async Task<int> BreachBatchAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The inner query reads only what the partial index ix_deadlines_open_due_date holds below today, so the
        // work grows with what has fallen due, not with how many deadlines are open; the stamp then goes to
        // those rows by their physical address instead of looking each up again by id. The outer conditions
        // are not redundant: a second Host checking at the same moment waits for this one's row locks, then
        // re-reads each row and skips it, now breached (or met, or extended meanwhile), so a breach is stamped
        // once. The schema is the module's constant.
        var now = time.GetUtcNow();
        var breachSql = $$"""
            UPDATE {{db.Schema}}.deadlines SET status = 'Breached', breached_at = {0}, version = version + 1
            WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM {{db.Schema}}.deadlines
                WHERE status = 'Open' AND due_date < {1}
                ORDER BY due_date
                LIMIT {2}))
              AND status = 'Open' AND due_date < {1}
            RETURNING *
            """;
        var breached = await db.Deadlines.FromSqlRaw(breachSql, now, today, BatchSize).AsNoTracking().ToListAsync(cancellationToken);
        if (breached.Count > 0)
        {
            await db.WriteIntegrationEventsAsync([.. breached.Select(deadline => DeadlineEventWriter.Breached(deadline, db.ModuleName, now))], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return breached.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stamped {Count} deadline(s) of {Module} breached")]
    private partial void LogBreached(string module, int count);
}
