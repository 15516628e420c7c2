using Microsoft.Playwright;
using NUnit.Framework;
using Samverkan.BrowserTests.IdentityProvider;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.BrowserTests;

/// <summary>Someone signed in to the console without a role for it does not get the jobs dashboard.</summary>
public sealed class JobsDashboardRefusalTests : BrowserTest
{
    private readonly TestIdentityProvider _provider = TestIdentityProvider.Start();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Scheduler:Enabled"] = "true",
        ["AdminConsole:OpenIdConnect:Authority"] = _provider.Issuer,
        ["AdminConsole:OpenIdConnect:ClientId"] = TestIdentityProvider.ClientId,
        ["AdminConsole:OpenIdConnect:ClientSecret"] = TestIdentityProvider.ClientSecret,
        ["AdminConsole:OpenIdConnect:RequireHttpsMetadata"] = "false",
    };

    [OneTimeTearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    [Test]
    public async Task Coordinator_IsRefusedTheDashboard()
    {
        _provider.SignsIn = new Dictionary<string, object>
        {
            ["sub"] = "kim.coordinator",
            ["org_id"] = TestUser.OstermalmSocialServices.ToString(),
            ["roles"] = new[] { "coordinator" },
        };

        await Page.GotoAsync("/admin/jobs");

        await Page.GetByRole(AriaRole.Alert).GetByText("Du är inloggad som kim.coordinator men har inte rollen").WaitForAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/admin/login");
        (await Page.Locator("text=Recurring Jobs").CountAsync()).ShouldBe(0);
    }
}
