using System.Reflection;

namespace Samverkan.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// What the building blocks need to know of one module: its name and schema, its DbContext, and the
/// assemblies that hold its requests, handlers and integration events.
/// </summary>
public sealed record ModuleDescriptor(
    string Name,
    string Schema,
    Type DbContextType,
    Assembly ContractsAssembly,
    Assembly ApplicationAssembly)
{
    public bool Owns(Type requestType) => requestType.Assembly == ApplicationAssembly;
}
