using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Host.Admin;
using Samverkan.Host.Security;

namespace Samverkan.Host.Pages.Admin;

/// <summary>
/// Development login for the demo administrators (appsettings.Development.json, "DemoUsers"). Production
/// signs in through the municipality's identity provider instead (AdminConsole:OpenIdConnect); this page then
/// only says why someone was turned away and offers the way back to the provider.
/// </summary>
public sealed class LoginModel(IConfiguration configuration, IWebHostEnvironment environment) : PageModel
{
    private readonly AdminOpenIdConnectOptions _identityProvider = AdminOpenIdConnectOptions.From(configuration);

    [BindProperty]
    public string? UserName { get; set; }

    public bool Denied { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool SignInFailed { get; set; }

    public bool IdentityProviderEnabled => _identityProvider.Enabled;

    /// <summary>One way in at a time: with an identity provider configured the demo users cannot sign in.</summary>
    public bool DevelopmentLoginEnabled =>
        !_identityProvider.Enabled && (environment.IsDevelopment() || environment.IsEnvironment("Testing"));

    /// <summary>Demo users who may use some of the console: administrators, and operations viewers (the jobs dashboard).</summary>
    internal IReadOnlyList<DemoUser> ConsoleUsers =>
        DevelopmentLoginEnabled
            ? [.. DemoUser.All(configuration).Where(u => u.Roles.Contains(Roles.Administrator) || u.Roles.Contains(Roles.OperationsViewer))]
            : [];

    public void OnGet(string? returnUrl = null) => Denied = returnUrl is not null;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        var user = ConsoleUsers.FirstOrDefault(u => u.UserName == UserName);
        if (user is null)
        {
            ModelState.AddModelError(nameof(UserName), "Välj en demoanvändare med rollen administratör.");
            return Page();
        }

        // Not persistent: the cookie lasts the browser session, within the ticket's eight hours.
        await HttpContext.SignInAsync(AdminConsoleRegistration.CookieScheme, AdminConsolePrincipal.Create(user.Claims()));
        // An operations viewer may open only the jobs dashboard, so that is their start page.
        var start = user.Roles.Contains(Roles.Administrator) ? "/admin" : JobsDashboard.Path;
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : start);
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await HttpContext.SignOutAsync(AdminConsoleRegistration.CookieScheme);
        return LocalRedirect("/admin/login");
    }
}
