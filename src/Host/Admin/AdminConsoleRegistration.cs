using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Host.Admin;

/// <summary>
/// The admin console at /admin: server-rendered Razor Pages (Pages/Admin) for administrators. The API keeps its
/// JWT bearer; only these pages use a cookie, so a browser session never authenticates an /api call (and the
/// API cannot be driven cross-site by the cookie). Every form carries an antiforgery token, which Razor Pages
/// validate on every POST.
/// </summary>
internal static class AdminConsoleRegistration
{
    public const string CookieScheme = "AdminCookie";
    public const string Policy = "admin-console";

    public static IServiceCollection AddAdminConsole(this IServiceCollection services, IConfiguration configuration)
    {
        var identityProvider = AdminOpenIdConnectOptions.From(configuration);
        var authentication = services.AddAuthentication()
            .AddCookie(CookieScheme, options =>
            {
                options.LoginPath = "/admin/login";
                options.LogoutPath = "/admin/logout";
                options.AccessDeniedPath = "/admin/login";
                options.Cookie.Name = "samverkan-admin";
                options.Cookie.Path = "/admin";
                options.Cookie.HttpOnly = true;
                // After the identity provider the browser arrives through a redirect chain that began on another
                // site, and would not send a Strict cookie on it (the console would challenge again and again).
                options.Cookie.SameSite = identityProvider.Enabled ? SameSiteMode.Lax : SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                if (identityProvider.Enabled)
                {
                    // Not signed in: off to the identity provider. Signed in without the role: the cookie's own
                    // access-denied page (the login page's message), so no round trip and no loop.
                    options.ForwardChallenge = AdminOpenIdConnectRegistration.Scheme;
                }
            });
        if (identityProvider.Enabled)
        {
            authentication.AddAdminOpenIdConnect(identityProvider);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        // Swedish letters written as themselves, not as character references (still HTML-encoded where needed).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true); // the cookie path "/admin" is case-sensitive
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Policy);
            options.Conventions.AllowAnonymousToPage("/Admin/Login");
        });
        return services;
    }
}
