using Samverkan.BuildingBlocks.Contracts;

namespace Samverkan.BuildingBlocks.Application.Integration;

/// <summary>
/// A module's reaction to another module's event. It runs inside its own module's transaction behind that
/// module's inbox, so a redelivered event has no second effect; it saves nothing itself.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task Handle(TEvent integrationEvent, CancellationToken cancellationToken);
}
