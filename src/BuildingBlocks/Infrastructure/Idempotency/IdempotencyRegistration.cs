using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;

namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

public static class IdempotencyRegistration
{
    internal static IServiceCollection AddIdempotencyKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>()
            .Bind(configuration.GetSection(IdempotencyOptions.Section))
            .Validate(options => options.KeepKeysFor > TimeSpan.Zero, $"{IdempotencyOptions.Section}:KeepKeysFor must be longer than zero.")
            .ValidateOnStart();
        services.AddScoped<IRequestHandler<PurgeExpiredIdempotencyKeys, Unit>, PurgeExpiredIdempotencyKeysHandler>();
        services.AddScheduledCommand<PurgeExpiredIdempotencyKeys>(PurgeExpiredIdempotencyKeys.JobName, PurgeExpiredIdempotencyKeys.DefaultCron);
        return services;
    }

    /// <summary>After authentication and authorisation: keys are per user, and refused callers never claim one.</summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
