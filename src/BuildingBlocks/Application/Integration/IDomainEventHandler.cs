using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.BuildingBlocks.Application.Integration;

/// <summary>Reacts to a domain event inside the same transaction, before the save.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task Handle(TEvent domainEvent, CancellationToken cancellationToken);
}
