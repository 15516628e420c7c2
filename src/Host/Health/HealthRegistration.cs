using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samverkan.Host.Health;

internal static class HealthRegistration
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// /health/live says the process answers; /health/ready that it can do its work (database reachable,
    /// scheduler running). Both anonymous, for the load balancer, and free of personal data.
    /// </summary>
    public static IServiceCollection AddSamverkanHealthChecks(this IServiceCollection services, string connectionString)
    {
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "database", _ => new DatabaseHealthCheck(connectionString), HealthStatus.Unhealthy, [ReadyTag]));
        return services;
    }

    public static void MapSamverkanHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReport,
        }).AllowAnonymous();
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
