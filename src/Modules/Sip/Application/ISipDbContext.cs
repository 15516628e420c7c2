using Samverkan.BuildingBlocks.Application.Persistence;

namespace Samverkan.Sip.Application;

/// <summary>The Sip module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface ISipDbContext : IModuleDbContext;
