using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Host.Security;

internal static class AuthenticationRegistration
{
    // The shortest key each HMAC algorithm accepts: as many bytes as its hash.
    private static readonly Dictionary<string, int> HmacKeyBytes = new()
    {
        [SecurityAlgorithms.HmacSha256] = 32,
        [SecurityAlgorithms.HmacSha384] = 48,
        [SecurityAlgorithms.HmacSha512] = 64,
    };

    /// <summary>
    /// JWT bearer with issuer, audience and key from configuration. The fallback policy makes every endpoint
    /// require a signed-in user unless it says otherwise, so a forgotten attribute fails closed.
    /// </summary>
    public static IServiceCollection AddSamverkanAuthentication(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (!HmacKeyBytes.TryGetValue(jwt.Algorithm, out var keyBytes))
        {
            throw new InvalidOperationException($"{JwtOptions.Section}:Algorithm must be one of {string.Join(", ", HmacKeyBytes.Keys)}.");
        }

        if (Encoding.UTF8.GetByteCount(jwt.SigningKey) < keyBytes)
        {
            throw new InvalidOperationException($"{JwtOptions.Section}:SigningKey must be at least {keyBytes} bytes for {jwt.Algorithm}.");
        }

        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.AddSingleton<TokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = !environment.IsDevelopment() && !environment.IsEnvironment("Testing");
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                    ValidAlgorithms = [jwt.Algorithm],
                    NameClaimType = ClaimNames.UserId,
                    RoleClaimType = ClaimNames.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                options.Events = new JwtBearerEvents { OnTokenValidated = RefuseMalformedClaims };
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((options, time) => options.TokenValidationParameters.LifetimeValidator = LifetimeOn(time));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        return services;
    }

    // A correctly signed token can still lack a user or an organisation, or carry values no column holds:
    // refused here (401), so no request runs, and no audit entry is written, for nobody in particular.
    private static Task RefuseMalformedClaims(TokenValidatedContext context)
    {
        var refusal = SamverkanClaims.Refusal(context.Principal!, organisationRequired: true);
        if (refusal is not null)
        {
            context.Fail(refusal);
        }

        return Task.CompletedTask;
    }

    // Token lifetimes are read on the injected clock, like everything else, so tokens issued and checked at
    // the same (possibly fake) time agree.
    private static LifetimeValidator LifetimeOn(TimeProvider time) => (notBefore, expires, _, parameters) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = parameters.ClockSkew;
        return (notBefore is null || notBefore.Value - skew <= now) && expires is not null && now <= expires.Value + skew;
    };
}
