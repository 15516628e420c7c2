using Microsoft.AspNetCore.Server.Kestrel.Core;
using Samverkan.Host.Errors;

namespace Samverkan.Host.Abuse;

/// <summary>
/// The largest request body accepted (configuration "RequestLimits:MaxBodyBytes", 1 MB by default: the largest
/// legitimate body, a meeting's minutes, is a few tens of kilobytes). Kestrel enforces it on every body; a
/// body that announces a larger Content-Length is answered 413 as a problem before any of it is read, so a
/// client sees a reason rather than a dropped connection. Kestrel also sends no Server header here.
/// </summary>
internal static class RequestBodyLimit
{
    public const string Section = "RequestLimits:MaxBodyBytes";
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddRequestBodyLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var maxBodyBytes = configuration.GetValue(Section, DefaultMaxBodyBytes);
        if (maxBodyBytes < 1)
        {
            throw new InvalidOperationException($"{Section} must be a positive number of bytes.");
        }

        services.Configure<KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = maxBodyBytes;
            options.AddServerHeader = false;
        });
        return services;
    }

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
    {
        var maxBodyBytes = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue(Section, DefaultMaxBodyBytes);
        return app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > maxBodyBytes)
            {
                await context.WriteProblemAsync(StatusCodes.Status413PayloadTooLarge, "The request body is too large", $"A request body may hold at most {maxBodyBytes} bytes.");
                return;
            }

            await next();
        });
    }
}
