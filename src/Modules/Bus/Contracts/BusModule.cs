namespace Samverkan.Bus.Contracts;

/// <summary>BUS collaboration: local BUS groups, action plans, deviations. One name per concept: folder, namespace, schema and route.</summary>
public static class BusModule
{
    public const string Name = "Bus";
    public const string Schema = "bus";
}
