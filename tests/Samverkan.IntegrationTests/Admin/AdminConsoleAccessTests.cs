using System.Net;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Admin;

/// <summary>Who may enter the admin console, and that its forms refuse requests without an antiforgery token.</summary>
public sealed partial class AdminConsoleAccessTests : IntegrationTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DemoUsers:0:UserName"] = "admin",
        ["DemoUsers:0:OrganisationId"] = TestUser.OstermalmSocialServices.ToString(),
        ["DemoUsers:0:Districts:0"] = "ostermalm",
        ["DemoUsers:0:Roles:0"] = "administrator",
        ["DemoUsers:1:UserName"] = "socialsekreterare",
        ["DemoUsers:1:OrganisationId"] = TestUser.OstermalmSocialServices.ToString(),
        ["DemoUsers:1:Districts:0"] = "ostermalm",
        ["DemoUsers:1:Roles:0"] = "social-worker",
    };

    [Test]
    public async Task Console_WithoutCookie_EvenWithAnApiToken_RedirectsToLogin()
    {
        using var client = App.ClientFor(TestUser.Administrator);

        var response = await client.GetAsync("/admin");

        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/admin/login");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Logga in som administratör för att fortsätta.");
    }

    [Test]
    public async Task Login_OffersOnlyAdministrators_AndRefusesAPostWithoutAntiforgeryToken()
    {
        using var client = App.ClientFor();

        var page = await client.GetStringAsync("/admin/login");
        var withoutToken = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin" }));
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var socialWorker = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "socialsekreterare",
            ["__RequestVerificationToken"] = token,
        }));

        page.ShouldContain("value=\"admin\"");
        page.ShouldNotContain("socialsekreterare");
        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        socialWorker.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await socialWorker.Content.ReadAsStringAsync()).ShouldContain("Välj en demoanvändare med rollen administratör.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
