using System.Reflection;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One handler of one event type, and the module whose transaction and inbox it runs in.</summary>
public sealed record IntegrationEventSubscription(Type EventType, Type HandlerType, ModuleDescriptor Module)
{
    /// <summary>The inbox key's handler part; stable across releases as long as the class keeps its name.</summary>
    public string HandlerName => HandlerType.FullName!;

    /// <summary>IIntegrationEventHandler&lt;EventType&gt;.Handle, looked up once here rather than for every delivery.</summary>
    public MethodInfo HandleMethod { get; } = typeof(IIntegrationEventHandler<>).MakeGenericType(EventType)
        .GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.Handle))!;

    /// <summary>
    /// IIntegrationEventBatchHandler&lt;EventType&gt;.HandleBatch when the handler takes whole batches, else null
    /// (docs/adr/0024).
    /// </summary>
    public MethodInfo? HandleBatchMethod { get; } = typeof(IIntegrationEventBatchHandler<>).MakeGenericType(EventType) is var batch
        && batch.IsAssignableFrom(HandlerType)
            ? batch.GetMethod(nameof(IIntegrationEventBatchHandler<IntegrationEvent>.HandleBatch))
            : null;
}
