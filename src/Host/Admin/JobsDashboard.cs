using Hangfire;
using Hangfire.Dashboard;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;

namespace Samverkan.Host.Admin;

/// <summary>
/// Hangfire's dashboard at /admin/jobs, inside the admin console: the console's cookie, never an API token.
/// Administrators may trigger, requeue and delete jobs; operations viewers see the same pages without the
/// buttons; anyone else is refused by the endpoint's policy before Hangfire sees the request. Hangfire's POSTs
/// carry an antiforgery token it checks against the registered antiforgery service.
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/admin/jobs";
    public const string Policy = "jobs-dashboard";

    public static IServiceCollection AddJobsDashboard(this IServiceCollection services)
    {
        services.AddAntiforgery();
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(AdminConsoleRegistration.CookieScheme)
            .RequireAuthenticatedUser()
            .RequireRole(Roles.Administrator, Roles.OperationsViewer));
        return services;
    }

    /// <summary>Only where this Host runs the scheduler: without it there is no Hangfire storage to show.</summary>
    public static void MapJobsDashboard(this WebApplication app)
    {
        var scheduler = app.Configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        if (!scheduler.Enabled)
        {
            return;
        }

        app.MapHangfireDashboardWithAuthorizationPolicy(Policy, Path, new DashboardOptions
        {
            // Hangfire's default filter (local requests only) would otherwise still apply beside the policy.
            Authorization = [],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Administrator),
            AppPath = "/admin",
            DashboardTitle = "Samverkan – schemalagda jobb",
            DisplayStorageConnectionString = false,
        });
    }
}
