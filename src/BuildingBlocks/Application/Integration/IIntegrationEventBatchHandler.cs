using Samverkan.BuildingBlocks.Contracts;

namespace Samverkan.BuildingBlocks.Application.Integration;

/// <summary>
/// A handler that can also take all of a relayed batch's events at once, for consumers whose cost is round trips
/// per event (docs/adr/0024). The inbox gives it only the events it has not had before, in the batch's order, in
/// its module's transaction; it saves nothing itself. If the batch fails, its work is rolled back and every event
/// goes through <see cref="IIntegrationEventHandler{TEvent}.Handle"/> alone, so a poison event fails alone: both
/// methods must have the same effect.
/// </summary>
public interface IIntegrationEventBatchHandler<in TEvent> : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleBatch(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);
}
