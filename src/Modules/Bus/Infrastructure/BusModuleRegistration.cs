using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.Bus.Infrastructure.DemoData;
using Samverkan.Bus.Infrastructure.Endpoints;
using Samverkan.Bus.Application;
using Samverkan.Bus.Application.Features.Governance;
using Samverkan.Bus.Contracts;
using Samverkan.Bus.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure;

/// <summary>All the Host sees of the Bus module: one registration and one endpoint mapping.</summary>
public static class BusModuleRegistration
{
    public static IServiceCollection AddBusModule(this IServiceCollection services, string connectionString)
    {
        var module = new ModuleDescriptor(
            BusModule.Name, BusModule.Schema, typeof(BusDbContext), typeof(BusModule).Assembly, typeof(IBusDbContext).Assembly);
        services.AddModule<BusDbContext>(module, connectionString);
        services.AddScoped<IBusDbContext>(provider => provider.GetRequiredService<BusDbContext>());
        services.AddOptions<GovernanceOptions>().BindConfiguration("Bus:GoverningDocuments");
        services.AddScoped<BusDeadlines>();
        services.AddTransient<IStartupTask, DemoBusSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapBusEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var module = endpoints.MapGroup("/bus").KeepsIdempotencyKeysIn<BusDbContext>();
        module.MapGroupEndpoints();
        module.MapDeviationEndpoints();
        module.MapSpiderEndpoints();
        module.MapGovernanceEndpoints();
        module.MapMeetingEndpoints();
        module.MapAnalysisEndpoints();
        module.MapCatalogueEndpoints();
        module.MapCaseEndpoints();
        module.MapAuditTrail<BusDbContext>();
        return endpoints;
    }
}
