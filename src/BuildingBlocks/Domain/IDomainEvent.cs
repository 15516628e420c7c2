namespace Samverkan.BuildingBlocks.Domain;

/// <summary>Something that happened inside one module, handled before that module's transaction commits.</summary>
public interface IDomainEvent;
