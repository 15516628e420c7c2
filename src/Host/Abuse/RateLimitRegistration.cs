using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Host.Errors;

namespace Samverkan.Host.Abuse;

/// <summary>
/// One fixed window per signed-in user (the token's <c>sub</c>, so a user's parallel tabs and devices share it)
/// and one per client address for calls without a token (a calendar feed, /dev/token, the console's login).
/// Health probes are never limited: a load balancer must see the truth. A refused call is a 429 problem with
/// Retry-After in whole seconds (ADR 0014). The limiter runs on the real clock: System.Threading.RateLimiting
/// takes no TimeProvider.
/// </summary>
internal static class RateLimitRegistration
{
    public static IServiceCollection AddSamverkanRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        foreach (var (name, limit) in new[] { (nameof(limits.PerUser), limits.PerUser), (nameof(limits.PerAddress), limits.PerAddress) })
        {
            if (limit.PermitLimit < 1 || limit.Window <= TimeSpan.Zero)
            {
                throw new InvalidOperationException($"{RateLimitOptions.Section}:{name} needs a PermitLimit of at least 1 and a positive Window.");
            }
        }

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RefuseAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        // Sign-in has run (UseAuthentication comes first) and refused malformed tokens, so sub is present.
        var userId = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimNames.UserId) : null;
        return userId is not null
            ? Window("user:" + userId, limits.PerUser)
            : Window("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limits.PerAddress);
    }

    private static RateLimitPartition<string> Window(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.WriteProblemAsync(StatusCodes.Status429TooManyRequests, "Too many requests", $"Too many requests in a short time; try again in {seconds} s (Retry-After).");
    }
}
