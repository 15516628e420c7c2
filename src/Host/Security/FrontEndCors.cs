using Microsoft.Net.Http.Headers;

namespace Samverkan.Host.Security;

/// <summary>
/// CORS for the districts' front ends, which call the API from browsers on their own origins. Only the origins
/// configured under Cors:AllowedOrigins (none by default: no CORS headers at all), only /api (the admin console
/// and the jobs dashboard stay same-origin), only the methods and request headers the API uses, no
/// credentials (the API takes bearer tokens, never cookies). It runs before authentication, so a preflight,
/// which carries no token, is answered instead of refused 401 by the fallback policy.
/// </summary>
internal static class FrontEndCors
{
    public const string Section = "Cors";

    private const string PolicyName = "district-front-ends";

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE"];

    private static readonly string[] RequestHeaders =
        [HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.IfMatch, HeaderNames.IfNoneMatch, "Idempotency-Key"];

    private static readonly string[] ExposedHeaders = [HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter];

    public static IServiceCollection AddFrontEndCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        if (origins.Length > 0)
        {
            services.AddCors(options => options.AddPolicy(PolicyName, policy => policy
                .WithOrigins(origins)
                .WithMethods(Methods)
                .WithHeaders(RequestHeaders)
                .WithExposedHeaders(ExposedHeaders)
                .DisallowCredentials()
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        }

        return services;
    }

    public static IApplicationBuilder UseFrontEndCors(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (AllowedOrigins(configuration).Length > 0)
        {
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseCors(PolicyName));
        }

        return app;
    }

    private static string[] AllowedOrigins(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:AllowedOrigins").Get<string[]>()?.Where(origin => !string.IsNullOrWhiteSpace(origin)).ToArray() ?? [];
}
