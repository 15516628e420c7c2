using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Infrastructure.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Inbox;

/// <summary>
/// Runs one handler for one event inside the handler's module transaction. The inbox row is inserted first in
/// that same transaction: if it is already there the event was handled before, and nothing happens again.
/// </summary>
public sealed class InboxDelivery(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <returns>false when the inbox shows this handler already had this event.</returns>
    public async Task<bool> DeliverAsync(IntegrationEventSubscription subscription, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscription.Module.DbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The schema is the module's own constant, never input; the values go in as parameters.
        var insertSql = $"INSERT INTO {db.Schema}.inbox_messages (message_id, handler, processed_at) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING";
        var inserted = await db.Database.ExecuteSqlRawAsync(
            insertSql, [integrationEvent.EventId, subscription.HandlerName, time.GetUtcNow()], cancellationToken);
        if (inserted == 0)
        {
            return false;
        }

        var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
        var handlerInterface = typeof(IIntegrationEventHandler<>).MakeGenericType(subscription.EventType);
        var handle = handlerInterface.GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.Handle))!;
        await (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
