using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Infrastructure.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Inbox;

/// <summary>One handler to run for one event.</summary>
public sealed record Delivery(IntegrationEvent Event, IntegrationEventSubscription Subscription);

/// <summary>A delivery whose handler threw; its work was rolled back.</summary>
public sealed record FailedDelivery(Delivery Delivery, Exception Cause);

/// <summary>
/// Runs a relayed batch's handlers of one module, in the batch's order, inside one transaction of that module:
/// one commit, so one flush of the write-ahead log, per batch instead of per event (it was the relay's limit).
/// Each delivery sits behind a savepoint, so a failing handler is rolled back alone. Its inbox row is
/// inserted first, behind the same savepoint: if it is already there the handler had the event before, and
/// nothing happens again.
/// </summary>
public sealed class InboxDelivery(IServiceScopeFactory scopes, TimeProvider time)
{
    private const string Savepoint = "delivery";

    /// <returns>The deliveries whose handler failed; every other one is done, now or before.</returns>
    public async Task<IReadOnlyList<FailedDelivery>> DeliverAsync(ModuleDescriptor module, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var failed = new List<FailedDelivery>();
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Each delivery has its savepoint already; EF's own around every SaveChanges would double the round trips.
        db.Database.AutoSavepointsEnabled = false;
        foreach (var delivery in deliveries)
        {
            await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
            try
            {
                await HandleOnceAsync(scope.ServiceProvider, db, delivery, cancellationToken);
                await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                failed.Add(new FailedDelivery(delivery, exception is TargetInvocationException { InnerException: { } inner } ? inner : exception));
            }
            finally
            {
                // Saved or rolled back: either way nothing tracked for this event may ride along with the next.
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return failed;
    }

    private async Task HandleOnceAsync(IServiceProvider services, ModuleDbContext db, Delivery delivery, CancellationToken cancellationToken)
    {
        // The schema is the module's own constant, never input; the values go in as parameters.
        var insertSql = $"INSERT INTO {db.Schema}.inbox_messages (message_id, handler, processed_at) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING";
        var inserted = await db.Database.ExecuteSqlRawAsync(
            insertSql, [delivery.Event.EventId, delivery.Subscription.HandlerName, time.GetUtcNow()], cancellationToken);
        if (inserted == 0)
        {
            return;
        }

        var handler = services.GetRequiredService(delivery.Subscription.HandlerType);
        await (Task)delivery.Subscription.HandleMethod.Invoke(handler, [delivery.Event, cancellationToken])!;
        await db.SaveChangesAsync(cancellationToken);
    }
}
