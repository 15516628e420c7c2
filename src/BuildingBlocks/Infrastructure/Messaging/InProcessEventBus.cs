using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Infrastructure.Inbox;
using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Hands a relayed batch of events to every subscribed handler: per consuming module, all its deliveries in the
/// batch's order in one transaction behind its inbox. One failing handler does not stop the others; the
/// failures are returned so those outbox rows are retried, and the inbox keeps the handlers that already
/// succeeded from running twice.
/// </summary>
public sealed class InProcessEventBus(IEnumerable<IntegrationEventSubscription> subscriptions, InboxDelivery inbox)
{
    // Grouped once: the relay publishes every second or so, and the subscriptions never change after start.
    private readonly IGrouping<ModuleDescriptor, IntegrationEventSubscription>[] _byModule = [.. subscriptions.GroupBy(s => s.Module)];

    /// <returns>For each event at least one handler failed on: why, one exception per failed handler.</returns>
    public async Task<ILookup<Guid, Exception>> PublishAsync(IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        var failures = new List<(Guid EventId, Exception Cause)>();
        foreach (var module in _byModule)
        {
            var deliveries = events
                .SelectMany(e => module.Where(s => s.EventType.IsInstanceOfType(e)).Select(s => new Delivery(e, s)))
                .ToList();
            if (deliveries.Count == 0)
            {
                continue;
            }

            IReadOnlyList<FailedDelivery> failed;
            try
            {
                failed = await inbox.DeliverAsync(module.Key, deliveries, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The module's transaction itself failed (e.g. its commit): none of its deliveries happened.
                failed = [.. deliveries.Select(d => new FailedDelivery(d, exception))];
            }

            failures.AddRange(failed.Select(f => (f.Delivery.Event.EventId, (Exception)new IntegrationEventHandlerException(f.Delivery.Subscription.HandlerName, f.Cause))));
        }

        return failures.ToLookup(f => f.EventId, f => f.Cause);
    }
}

public sealed class IntegrationEventHandlerException(string handler, Exception inner)
    : Exception($"{handler}: {inner.GetType().Name}: {inner.Message}", inner);
