namespace Samverkan.BuildingBlocks.Contracts;

/// <summary>
/// A fact one module publishes for the others. Written to the publisher's outbox in the same transaction as
/// the change it describes, relayed after commit, and received behind each consumer's inbox, so it is
/// delivered at least once and has its effect exactly once. Only primitives, Guid and DateOnly in payloads.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();

    public required DateTimeOffset OccurredAt { get; init; }
}
