using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.SchoolAttendance.Application;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Application.Features.Absence;
using Samverkan.SchoolAttendance.Application.Mapping;
using Samverkan.SchoolAttendance.Infrastructure.Endpoints;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SchoolAttendance.Infrastructure.Persistence;

namespace Samverkan.SchoolAttendance.Infrastructure;

/// <summary>All the Host sees of the SchoolAttendance module: one registration and one endpoint mapping.</summary>
public static class SchoolAttendanceModuleRegistration
{
    public static IServiceCollection AddSchoolAttendanceModule(this IServiceCollection services, string connectionString)
    {
        var module = new ModuleDescriptor(
            SchoolAttendanceModule.Name, SchoolAttendanceModule.Schema, typeof(SchoolAttendanceDbContext), typeof(SchoolAttendanceModule).Assembly, typeof(ISchoolAttendanceDbContext).Assembly);
        services.AddModule<SchoolAttendanceDbContext>(module, connectionString);
        services.AddScoped<ISchoolAttendanceDbContext>(provider => provider.GetRequiredService<SchoolAttendanceDbContext>());
        services.AddSingleton<SchoolAttendanceMapping>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<AbsenceDeadlines>();
        return services;
    }

    public static IEndpointRouteBuilder MapSchoolAttendanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Every route needs a signed-in caller; who may see which pupil or case is decided in the handlers.
        var module = endpoints.MapGroup("/school-attendance").RequireAuthorization().KeepsIdempotencyKeysIn<SchoolAttendanceDbContext>();
        module.MapSchoolEndpoints();
        module.MapAbsenceEndpoints();
        module.MapStatisticsEndpoints();
        module.MapAuditTrail<SchoolAttendanceDbContext>();
        return endpoints;
    }
}
