using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.Sip.Application;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Closure;
using Samverkan.Sip.Application.Features.Consents;
using Samverkan.Sip.Application.Features.Coordination;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Application.Features.Statistics;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Infrastructure.DemoData;
using Samverkan.Sip.Infrastructure.Endpoints;
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
        services.AddOptions<FirstMeetingOptions>().BindConfiguration("Sip:FirstMeeting");
        services.AddOptions<SipClosureOptions>().BindConfiguration(SipClosureOptions.Section);
        services.AddOptions<SipCoordinationOptions>().BindConfiguration(SipCoordinationOptions.Section);
        services.AddOptions<SipStatisticsOptions>().BindConfiguration(SipStatisticsOptions.Section);
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanClosure>();
        services.AddScoped<SipDeadlines>();
        // The consent check other modules call through Sip.Contracts (docs/adr/0016).
        services.AddScoped<ISipConsents, SipConsents>();
        services.AddTransient<IStartupTask, DemoSipSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapSipEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Every route needs a signed-in caller; which organisation reaches which plan is decided in the handlers.
        var module = endpoints.MapGroup("/sip").RequireAuthorization().KeepsIdempotencyKeysIn<SipDbContext>();
        module.MapPlanEndpoints();
        module.MapClosureEndpoints();
        module.MapMeetingEndpoints();
        module.MapParticipationEndpoints();
        module.MapSipStatisticsEndpoints();
        module.MapCoordinationEndpoints();
        module.MapAuditTrail<SipDbContext>();
        return endpoints;
    }
}
