using System.Reflection;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Infrastructure.Inbox;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Hands a relayed event to every subscribed handler, each in its own module transaction behind its inbox.
/// One failing handler does not stop the others; the failure is thrown afterwards so the outbox row is
/// retried, and the inbox keeps the handlers that already succeeded from running twice.
/// </summary>
public sealed class InProcessEventBus(IEnumerable<IntegrationEventSubscription> subscriptions, InboxDelivery inbox)
{
    public async Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var subscription in subscriptions.Where(s => s.EventType.IsInstanceOfType(integrationEvent)))
        {
            try
            {
                await inbox.DeliverAsync(subscription, integrationEvent, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                failures.Add(new IntegrationEventHandlerException(subscription.HandlerName, cause));
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }
    }
}

public sealed class IntegrationEventHandlerException(string handler, Exception inner)
    : Exception($"{handler}: {inner.GetType().Name}: {inner.Message}", inner);
