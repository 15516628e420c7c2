namespace Samverkan.BuildingBlocks.Domain;

/// <summary>
/// An aggregate guards its own invariants and records what happened as domain events. The events are
/// handled inside the same transaction as the save, so a failed save leaves no side effect behind.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
