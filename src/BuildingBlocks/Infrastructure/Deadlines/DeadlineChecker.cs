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
    public const int BatchSize = 1000;

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

    // One transaction per batch, in a fresh context: the rows are claimed with SKIP LOCKED, so two Hosts
    // checking at once split the work instead of stamping the same breach twice.
    private async Task<int> BreachBatchAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Reads only what the partial index ix_deadlines_open_due_date holds below today: the work grows with
        // what has fallen due, not with how many deadlines are open. The schema is the module's constant.
        var claimSql = $$"""
            SELECT * FROM {{db.Schema}}.deadlines
            WHERE status = 'Open' AND due_date < {0}
            ORDER BY due_date
            LIMIT {1}
            FOR UPDATE SKIP LOCKED
            """;
        var overdue = await db.Deadlines.FromSqlRaw(claimSql, today, BatchSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        overdue.ForEach(deadline => deadline.Breach(now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return overdue.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stamped {Count} deadline(s) of {Module} breached")]
    private partial void LogBreached(string module, int count);
}
