using Microsoft.Playwright;
using NUnit.Framework;
using Samverkan.BrowserTests.IdentityProvider;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.BrowserTests;

/// <summary>
/// The console signing in through an OpenID Connect provider over real HTTP (TestIdentityProvider): the Host's
/// real handler runs the code flow with PKCE and validates the id_token; nothing of it is mocked.
/// </summary>
public sealed class IdentityProviderSignInTests : BrowserTest
{
    private readonly TestIdentityProvider _provider = TestIdentityProvider.Start();

    /// <summary>Plain HTTP on this machine, hence no HTTPS metadata; the role value "Samverkan.Admin" mapped.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["AdminConsole:OpenIdConnect:Authority"] = _provider.Issuer,
        ["AdminConsole:OpenIdConnect:ClientId"] = TestIdentityProvider.ClientId,
        ["AdminConsole:OpenIdConnect:ClientSecret"] = TestIdentityProvider.ClientSecret,
        ["AdminConsole:OpenIdConnect:RequireHttpsMetadata"] = "false",
        ["AdminConsole:OpenIdConnect:OrganisationClaim"] = "org_id",
        ["AdminConsole:OpenIdConnect:RoleMapping:Samverkan.Admin"] = "administrator",
    };

    [OneTimeTearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    [TestCase("administrator")]
    [TestCase("Samverkan.Admin")]
    public async Task Administrator_IsSentToTheProvider_AndComesBackSignedIn(string role)
    {
        _provider.SignsIn = Person("anna.admin", role);

        await Page.GotoAsync("/admin");

        await Page.GetByRole(AriaRole.Heading, new() { Name = "Lokala samverkansforum" }).WaitForAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/admin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut anna.admin" }).WaitForAsync();
        _provider.AuthorizeRequests.ShouldBe(1);
    }

    [Test]
    public async Task PersonWithoutTheAdministratorRole_IsToldSo_WithoutALoop()
    {
        _provider.SignsIn = Person("kim.coordinator", "coordinator", "Samverkan.Reader");

        await Page.GotoAsync("/admin");

        await Page.GetByRole(AriaRole.Alert).GetByText("Du är inloggad som kim.coordinator men har inte rollen administratör").WaitForAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe("/admin/login");
        _provider.AuthorizeRequests.ShouldBe(1);
        (await SeriousViolationsAsync("/admin/login (denied)")).ShouldBeEmpty();
    }

    [Test]
    public async Task LoginPage_OffersTheProvider_AndNoDemoUsers()
    {
        await Page.GotoAsync("/admin/login");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Logga in via identitetstjänsten" }).WaitForAsync();
        (await Page.GetByLabel("Demoanvändare").CountAsync()).ShouldBe(0);
        _provider.AuthorizeRequests.ShouldBe(0);
    }

    [TestCase(IdTokenDefect.ForeignSignature)]
    [TestCase(IdTokenDefect.WrongAudience)]
    public async Task ForgedOrMisdirectedToken_IsRefused_AndLeavesNoSession(IdTokenDefect defect)
    {
        _provider.SignsIn = Person("anna.admin", "administrator");
        _provider.Defect = defect;

        await Page.GotoAsync("/admin");

        await Page.GetByRole(AriaRole.Alert).GetByText("Inloggningen via identitetstjänsten misslyckades").WaitForAsync();
        (await ConsoleCookiesAsync()).ShouldBeEmpty();
        (await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut anna.admin" }).CountAsync()).ShouldBe(0);
    }

    [TestCase("sub", "201")]
    [TestCase("sub", " ")]
    [TestCase("org_id", "not-an-organisation-id")]
    public async Task TokenWhoseClaimsBreakTheBounds_IsRefused_AndLeavesNoSession(string claim, string value)
    {
        var person = Person("anna.admin", "administrator");
        person[claim] = value == "201" ? new string('a', 201) : value;
        _provider.SignsIn = person;

        await Page.GotoAsync("/admin");

        await Page.GetByRole(AriaRole.Alert).GetByText("Inloggningen via identitetstjänsten misslyckades").WaitForAsync();
        (await ConsoleCookiesAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task SigningOut_EndsTheConsoleSession()
    {
        _provider.SignsIn = Person("anna.admin", "administrator");
        await Page.GotoAsync("/admin");
        (await ConsoleCookiesAsync()).ShouldNotBeEmpty();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut anna.admin" }).ClickAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Logga in via identitetstjänsten" }).WaitForAsync();
        (await ConsoleCookiesAsync()).ShouldBeEmpty();
    }

    [TearDown]
    public void ForgetSignIn() => _provider.Reset();

    private static Dictionary<string, object> Person(string subject, params string[] roles) => new()
    {
        ["sub"] = subject,
        ["org_id"] = TestUser.OstermalmSocialServices.ToString(),
        ["roles"] = roles,
    };

    private async Task<IReadOnlyList<BrowserContextCookiesResult>> ConsoleCookiesAsync() =>
        [.. (await Page.Context.CookiesAsync()).Where(cookie => cookie.Name == "samverkan-admin")];
}
