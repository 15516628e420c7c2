using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Messaging;

namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>What every module DbContext needs besides its options, in one constructor parameter.</summary>
public sealed class ModuleDbContextDependencies(
    TimeProvider time,
    ICurrentUser currentUser,
    DomainEventDispatcher domainEvents,
    IntegrationEventSerializer serializer,
    ExpectedVersions expectedVersions)
{
    public TimeProvider Time { get; } = time;
    public ICurrentUser CurrentUser { get; } = currentUser;
    public DomainEventDispatcher DomainEvents { get; } = domainEvents;
    public IntegrationEventSerializer Serializer { get; } = serializer;
    public ExpectedVersions ExpectedVersions { get; } = expectedVersions;
}
