using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.Sip.Application;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Infrastructure.Persistence;

namespace Samverkan.Sip.Infrastructure;

/// <summary>All the Host sees of the Sip module: one registration and one endpoint mapping.</summary>
public static class SipModuleRegistration
{
    public static IServiceCollection AddSipModule(this IServiceCollection services, string connectionString)
    {
        var module = new ModuleDescriptor(
            SipModule.Name, SipModule.Schema, typeof(SipDbContext), typeof(SipModule).Assembly, typeof(ISipDbContext).Assembly);
        services.AddModule<SipDbContext>(module, connectionString);
        services.AddScoped<ISipDbContext>(provider => provider.GetRequiredService<SipDbContext>());
        return services;
    }

    public static IEndpointRouteBuilder MapSipEndpoints(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
