using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.SocialServices.Infrastructure.DemoData;
using Samverkan.SocialServices.Application;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Application.Features.Intakes.RegisterIntake;
using Samverkan.SocialServices.Application.Features.Statistics;
using Samverkan.SocialServices.Application.Mapping;
using Samverkan.SocialServices.Contracts;
using Samverkan.SocialServices.Infrastructure.Endpoints;
using Samverkan.SocialServices.Infrastructure.Persistence;

namespace Samverkan.SocialServices.Infrastructure;

/// <summary>All the Host sees of the SocialServices module: one registration and one endpoint mapping.</summary>
public static class SocialServicesModuleRegistration
{
    public static IServiceCollection AddSocialServicesModule(this IServiceCollection services, string connectionString)
    {
        var module = new ModuleDescriptor(
            SocialServicesModule.Name, SocialServicesModule.Schema, typeof(SocialServicesDbContext), typeof(SocialServicesModule).Assembly, typeof(ISocialServicesDbContext).Assembly);
        services.AddModule<SocialServicesDbContext>(module, connectionString);
        services.AddScoped<ISocialServicesDbContext>(provider => provider.GetRequiredService<SocialServicesDbContext>());
        services.AddSingleton<SocialServicesMapping>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseDeadlines>();
        services.AddScoped<IntakeRegistrar>();
        services.AddScoped<ICaseStatistics, CaseStatisticsQuery>();
        services.AddTransient<IStartupTask, DemoCaseWorkerSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapSocialServicesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Every route needs a signed-in caller; which district's cases the caller reaches is decided in the handlers.
        var module = endpoints.MapGroup("/social-services").RequireAuthorization().KeepsIdempotencyKeysIn<SocialServicesDbContext>();
        module.MapCaseworkEndpoints();
        module.MapFollowUpEndpoints();
        module.MapStaffEndpoints();
        module.MapAuditTrail<SocialServicesDbContext>();
        return endpoints;
    }
}
