using Samverkan.BuildingBlocks.Application.Persistence;

namespace Samverkan.Bus.Application;

/// <summary>The Bus module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface IBusDbContext : IModuleDbContext;
