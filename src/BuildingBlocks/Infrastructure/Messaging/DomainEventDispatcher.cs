using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Calls every IDomainEventHandler of an event, in the scope (and so the transaction) of the save.</summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    public async Task DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
        foreach (var handler in services.GetServices(handlerType))
        {
            var handle = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.Handle))!;
            await (Task)handle.Invoke(handler, [domainEvent, cancellationToken])!;
        }
    }
}
