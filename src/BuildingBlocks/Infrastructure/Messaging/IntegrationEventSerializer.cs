using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Turns integration events into outbox rows and back. The stored type name is the record's full name, looked
/// up among the event types of the modules' Contracts assemblies, so no assembly-qualified names are stored.
/// </summary>
public sealed class IntegrationEventSerializer(ModuleRegistry modules)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(DeadlineEventsJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    private readonly Lazy<Dictionary<string, Type>> _types = new(() => modules.Modules
        .Select(m => m.ContractsAssembly)
        .Append(typeof(IntegrationEvent).Assembly) // the shared events every module publishes, e.g. DeadlineOpened
        .Distinct()
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type.IsSubclassOf(typeof(IntegrationEvent)) && !type.IsAbstract)
        .ToDictionary(type => type.FullName!));

    public string TypeName(IntegrationEvent integrationEvent)
    {
        var name = integrationEvent.GetType().FullName!;
        return _types.Value.ContainsKey(name)
            ? name
            : throw new InvalidOperationException($"{name} is not an integration event of a registered module's Contracts.");
    }

    public string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public IntegrationEvent Deserialize(string typeName, string payload)
    {
        if (!_types.Value.TryGetValue(typeName, out var type))
        {
            throw new InvalidOperationException($"Unknown integration event type {typeName}.");
        }

        return (IntegrationEvent?)JsonSerializer.Deserialize(payload, type, Options)
            ?? throw new InvalidOperationException($"The payload of {typeName} is empty.");
    }
}
