using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Host.Admin;
using Samverkan.Host.Security;

namespace Samverkan.Host.Pages.Admin;

/// <summary>
/// Development login for the demo administrators (appsettings.Development.json, "DemoUsers"). Production
/// signs in through the municipality's identity provider instead; this page then offers nothing.
/// </summary>
public sealed class LoginModel(IConfiguration configuration, IWebHostEnvironment environment) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    public bool Denied { get; private set; }

    public bool DevelopmentLoginEnabled => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    internal IReadOnlyList<DemoUser> Administrators =>
        DevelopmentLoginEnabled ? [.. DemoUser.All(configuration).Where(u => u.Roles.Contains(Roles.Administrator))] : [];

    public void OnGet(string? returnUrl = null) => Denied = returnUrl is not null;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        var user = Administrators.FirstOrDefault(u => u.UserName == UserName);
        if (user is null)
        {
            ModelState.AddModelError(nameof(UserName), "Välj en demoanvändare med rollen administratör.");
            return Page();
        }

        // Not persistent: the cookie lasts the browser session, within the ticket's eight hours.
        var identity = new ClaimsIdentity(user.Claims(), AdminConsoleRegistration.CookieScheme, ClaimNames.UserId, ClaimNames.Role);
        await HttpContext.SignInAsync(AdminConsoleRegistration.CookieScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin");
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await HttpContext.SignOutAsync(AdminConsoleRegistration.CookieScheme);
        return LocalRedirect("/admin/login");
    }
}
