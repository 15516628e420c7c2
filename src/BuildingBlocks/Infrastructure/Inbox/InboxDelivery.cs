using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
/// Runs a relayed batch's handlers of one module inside one transaction of that module: one commit, so one flush
/// of the write-ahead log, per batch instead of per event (it was the relay's limit). A handler that takes whole
/// batches (IIntegrationEventBatchHandler) gets all its events at once behind one savepoint, after one statement
/// wrote their inbox rows and left out the events it had before (docs/adr/0024). Every other delivery, and every
/// event of a batch that failed, then runs alone in the batch's order behind a savepoint of its own, its inbox row
/// inserted first: a failing handler is rolled back alone, and one poison event cannot hold back the rest.
/// </summary>
public sealed partial class InboxDelivery(IServiceScopeFactory scopes, TimeProvider time, ILogger<InboxDelivery> logger)
{
    private const string Savepoint = "delivery";

    /// <returns>The deliveries whose handler failed; every other one is done, now or before.</returns>
    public async Task<IReadOnlyList<FailedDelivery>> DeliverAsync(ModuleDescriptor module, IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var failed = new List<FailedDelivery>();
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Each handler keeps the order of its own events; between handlers no order was ever promised (docs/adr/0012).
        var oneByOne = new HashSet<Delivery>(deliveries.Where(d => d.Subscription.HandleBatchMethod is null), ReferenceEqualityComparer.Instance);
        foreach (var batch in deliveries.Where(d => d.Subscription.HandleBatchMethod is not null).GroupBy(d => d.Subscription))
        {
            if (!await RunBatchAsync(scope.ServiceProvider, db, transaction, batch.Key, [.. batch], cancellationToken))
            {
                oneByOne.UnionWith(batch);
            }
        }

        foreach (var delivery in deliveries.Where(oneByOne.Contains))
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
                failed.Add(new FailedDelivery(delivery, Unwrapped(exception)));
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

    // False when the batch failed and was rolled back; its events then go one by one.
    private async Task<bool> RunBatchAsync(
        IServiceProvider services, ModuleDbContext db, IDbContextTransaction transaction, IntegrationEventSubscription subscription,
        IReadOnlyList<Delivery> batch, CancellationToken cancellationToken)
    {
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            var fresh = await InboxRows.InsertAsync(db, [.. batch.Select(d => d.Event.EventId)], subscription.HandlerName, time.GetUtcNow(), cancellationToken);
            var events = batch.Select(d => d.Event).Where(e => fresh.Remove(e.EventId)).ToArray();
            if (events.Length > 0)
            {
                // HandleBatch takes a list of the subscribed type; an array of that type is one.
                var typed = Array.CreateInstance(subscription.EventType, events.Length);
                Array.Copy(events, typed, events.Length);
                var handler = services.GetRequiredService(subscription.HandlerType);
                await (Task)subscription.HandleBatchMethod!.Invoke(handler, [typed, cancellationToken])!;
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Inbox rows included: the events are then had by no one, and go one by one.
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            LogBatchFailed(Unwrapped(exception), subscription.HandlerName, batch.Count);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task HandleOnceAsync(IServiceProvider services, ModuleDbContext db, Delivery delivery, CancellationToken cancellationToken)
    {
        if (!await InboxRows.InsertAsync(db, delivery.Event.EventId, delivery.Subscription.HandlerName, time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var handler = services.GetRequiredService(delivery.Subscription.HandlerType);
        await (Task)delivery.Subscription.HandleMethod.Invoke(handler, [delivery.Event, cancellationToken])!;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Exception Unwrapped(Exception exception) =>
        exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} failed on a batch of {Count} events; delivering them one by one")]
    private partial void LogBatchFailed(Exception exception, string handler, int count);
}
