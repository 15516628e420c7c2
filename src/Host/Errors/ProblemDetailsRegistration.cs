using System.Diagnostics;

namespace Samverkan.Host.Errors;

internal static class ProblemDetailsRegistration
{
    /// <summary>Every error is an RFC 9457 problem response carrying a trace id to find it in the logs.</summary>
    public static IServiceCollection AddSamverkanProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        services.AddSingleton<DatabaseOutage>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures throw, so ProblemExceptionHandler can say which parameter was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
