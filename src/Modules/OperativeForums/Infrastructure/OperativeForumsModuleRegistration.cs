using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.OperativeForums.Infrastructure.DemoData;
using Samverkan.OperativeForums.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.OperativeForums.Application;
using Samverkan.OperativeForums.Application.Mapping;
using Samverkan.OperativeForums.Contracts;
using Samverkan.OperativeForums.Infrastructure.Persistence;

namespace Samverkan.OperativeForums.Infrastructure;

/// <summary>All the Host sees of the OperativeForums module: one registration and one endpoint mapping.</summary>
public static class OperativeForumsModuleRegistration
{
    public static IServiceCollection AddOperativeForumsModule(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        var module = new ModuleDescriptor(
            OperativeForumsModule.Name, OperativeForumsModule.Schema, typeof(OperativeForumsDbContext), typeof(OperativeForumsModule).Assembly, typeof(IOperativeForumsDbContext).Assembly);
        services.AddModule<OperativeForumsDbContext>(module, connectionString);
        services.AddScoped<IOperativeForumsDbContext>(provider => provider.GetRequiredService<OperativeForumsDbContext>());
        services.AddSingleton<OperativeForumsMapping>();
        if (configuration.GetValue<bool>("Samverkan:SeedDemoData"))
        {
            services.AddTransient<IStartupTask, DemoDirectorySeeder>();
            services.AddTransient<IStartupTask, DemoForumSeeder>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapOperativeForumsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var module = endpoints.MapGroup("/operative-forums").KeepsIdempotencyKeysIn<OperativeForumsDbContext>();
        module.MapDirectoryEndpoints();
        module.MapForumEndpoints();
        module.MapMeetingEndpoints();
        module.MapContactAndAgreementEndpoints();
        module.MapCalendarEndpoints();
        module.MapAuditTrail<OperativeForumsDbContext>();
        return endpoints;
    }
}
