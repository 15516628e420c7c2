using Samverkan.Host.Admin;

namespace Samverkan.Host.Security;

/// <summary>
/// Response headers a municipality's security review asks for. Everywhere: no content-type sniffing, and no
/// Referer, because addresses here can carry a secret (a calendar feed) or a case id. The API: nothing cached,
/// since its answers hold children's data. The admin console: no framing (clickjacking), no scripts at all
/// (it has none), styles only from its own page, forms only back to itself. The jobs dashboard inside it
/// (Hangfire's) has its own policy: its scripts and styles are files it serves itself, its styles also set
/// inline, its charts draw from data: images, and it polls its own stats endpoint.
/// </summary>
internal static class SecurityHeaders
{
    private const string ConsolePolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private const string JobsDashboardPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    // A year, the figure browsers' preload lists ask for; subdomains too, since none of a municipality's is meant
    // to be reached over plain HTTP.
    private const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // Outside Development on every answer, not only on HTTPS ones: TLS usually ends at the municipality's
        // proxy in front of the Host, which passes the header on; browsers ignore it over plain HTTP (RFC 6797).
        var strictTransport = !app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() => Add(context, strictTransport));
            await next();
        });
    }

    private static Task Add(HttpContext context, bool strictTransport)
    {
        var headers = context.Response.Headers;
        if (strictTransport)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/admin"))
        {
            headers.CacheControl = "no-store";
        }

        if (path.StartsWithSegments("/admin"))
        {
            headers.ContentSecurityPolicy = path.StartsWithSegments(JobsDashboard.Path) ? JobsDashboardPolicy : ConsolePolicy;
            headers.XFrameOptions = "DENY";
        }

        return Task.CompletedTask;
    }
}
