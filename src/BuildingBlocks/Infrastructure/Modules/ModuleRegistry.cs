using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Modules;

/// <summary>Every module the Host composed, in registration order.</summary>
public sealed class ModuleRegistry
{
    private readonly List<ModuleDescriptor> _modules = [];

    public IReadOnlyList<ModuleDescriptor> Modules => _modules;

    internal void Add(ModuleDescriptor module)
    {
        if (_modules.Any(m => m.Name == module.Name || m.Schema == module.Schema))
        {
            throw new InvalidOperationException($"Module {module.Name} (schema {module.Schema}) is registered twice.");
        }

        _modules.Add(module);
    }

    public ModuleDescriptor? OwnerOf(Type requestType) => _modules.FirstOrDefault(m => m.Owns(requestType));

    /// <summary>Every module's DbContext in the given scope, for housekeeping done in each schema alike.</summary>
    public IEnumerable<ModuleDbContext> DbContexts(IServiceProvider services) =>
        _modules.Select(m => (ModuleDbContext)services.GetRequiredService(m.DbContextType));
}
