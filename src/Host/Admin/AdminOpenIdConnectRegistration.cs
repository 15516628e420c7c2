using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Samverkan.Host.Security;

namespace Samverkan.Host.Admin;

/// <summary>
/// Sign-in to the admin console through the municipality's identity provider: authorization code flow with
/// PKCE, the callback under /admin (where the console cookie lives), the validated id_token translated into
/// the console cookie's claims. Only the console uses it; the API keeps its JWT bearer.
/// </summary>
internal static partial class AdminOpenIdConnectRegistration
{
    public const string Scheme = "AdminOpenIdConnect";
    public const string SignInFailedPath = "/admin/login?signinfailed=true";

    public static AuthenticationBuilder AddAdminOpenIdConnect(this AuthenticationBuilder authentication, AdminOpenIdConnectOptions settings) =>
        authentication.AddOpenIdConnect(Scheme, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.SignInScheme = AdminConsoleRegistration.CookieScheme;
            options.CallbackPath = "/admin/signin-oidc";
            options.SignedOutCallbackPath = "/admin/signout-callback-oidc";
            options.RemoteSignOutPath = "/admin/signout-oidc";
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The code comes back in the query of a top-level GET, so the correlation and nonce cookies can be
            // SameSite=Lax (form_post would need SameSite=None, which browsers accept only with Secure, i.e.
            // never on plain HTTP); the code is single-use and bound to the PKCE verifier.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // These cookies expire by the browser's clock and the provider's tokens by its own, so the round
            // trip runs on the real clock even where the application's clock is faked (tests).
            options.TimeProvider = TimeProvider.System;
            options.MapInboundClaims = false; // claim names exactly as the provider sends them ("roles", "sub")
            options.SaveTokens = false; // the cookie carries Samverkan's claims only, not the provider's tokens
            options.Events.OnTokenValidated = context =>
            {
                var principal = AdminConsolePrincipal.FromIdentityProvider(context.Principal!, settings);
                // The same bounds as on API tokens; the organisation only where the provider is set to send one.
                var refusal = principal is null
                    ? $"The identity provider's token has no '{settings.UserIdClaim}' claim."
                    : SamverkanClaims.Refusal(principal, organisationRequired: !string.IsNullOrEmpty(settings.OrganisationClaim));
                if (refusal is null)
                {
                    context.Principal = principal;
                }
                else
                {
                    context.Fail(refusal);
                }

                return Task.CompletedTask;
            };
            options.Events.OnRemoteFailure = context =>
            {
                // A forged, expired or misdirected answer leaves no session and shows the login page's
                // message instead of an error page.
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminOpenIdConnectRegistration));
                LogSignInFailed(logger, context.Failure?.Message ?? "unknown");
                context.Response.Redirect(SignInFailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin console sign-in through the identity provider failed: {Reason}")]
    private static partial void LogSignInFailed(ILogger logger, string reason);
}
