using Microsoft.Playwright;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.OperativeForums;
using Samverkan.OperativeForums.Application.Features.Forums.GetForum;
using Samverkan.OperativeForums.Application.Features.Meetings.GetMeeting;
using Shouldly;

namespace Samverkan.BrowserTests;

public sealed class AdminConsoleTests : BrowserTest
{
    [Test]
    public async Task Administrator_AddsAndRemovesAMember_AndTheApiShowsIt()
    {
        var api = App.ClientFor(TestUser.Administrator);
        await api.SeedDirectoryAsync();
        var forumId = await api.CreateForumAsync();
        await SignInAsAdministratorAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Operativt forum Östermalm" }).ClickAsync();
        await Page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Engelbrektsskolan (Skola)" });
        await Page.GetByLabel("Namn på person").FillAsync("Anna Kurator");
        await Page.GetByLabel("Roll").FillAsync("kurator");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till" }).ClickAsync();
        await Page.GetByRole(AriaRole.Status).GetByText("Medlemmen har lagts till.").WaitForAsync();

        var added = (await api.GetOkAsync<ForumDto>($"/forums/{forumId}")).Memberships.Single();
        (added.MemberName, added.Role, added.LeftOn).ShouldBe(("Anna Kurator", "kurator", (DateOnly?)null));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ta bort Anna Kurator ur forumet" }).ClickAsync();
        await Page.GetByRole(AriaRole.Status).GetByText("Medlemskapet har avslutats").WaitForAsync();

        var removed = (await api.GetOkAsync<ForumDto>($"/forums/{forumId}")).Memberships.Single();
        removed.LeftOn.ShouldBe(new DateOnly(2026, 3, 2));
    }

    [Test]
    public async Task Administrator_InvitesAnIndependentSchool_AndRecordsAttendance()
    {
        var api = App.ClientFor(TestUser.Administrator);
        var directory = await api.SeedDirectoryAsync();
        var forumId = await api.CreateForumAsync();
        await api.PostForIdAsync($"/forums/{forumId}/members", new { organisationId = directory.MunicipalSchool, role = "skola" });
        await api.PostForIdAsync($"/forums/{forumId}/members", new { organisationId = directory.Police, role = "polis" });
        var meetingId = await MeetingTests.PlanAsync(api, forumId, "2026-03-02");
        await SignInAsAdministratorAsync();
        await Page.GotoAsync($"/admin/forum/{forumId}");

        await Page.GetByLabel("Fristående skola").SelectOptionAsync(new SelectOptionValue { Label = "Ekbackens friskola (Ekbacken AB)" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bjud in" }).ClickAsync();
        await Page.GetByRole(AriaRole.Status).GetByText("Inbjudan är registrerad.").WaitForAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Registrera närvaro för mötet 2026-03-02" }).ClickAsync();
        await Page.GetByLabel("Engelbrektsskolan (skola)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Spara närvaro" }).ClickAsync();
        await Page.GetByRole(AriaRole.Status).GetByText("Närvaron är registrerad.").WaitForAsync();

        var forum = await api.GetOkAsync<ForumDto>($"/forums/{forumId}");
        (forum.Invitations.Single().OrganisationId, forum.Invitations.Single().Answer).ShouldBe((directory.IndependentSchool, "pending"));
        var meeting = await api.GetOkAsync<MeetingDto>($"/forums/{forumId}/meetings/{meetingId}");
        meeting.Status.ShouldBe("Held");
        meeting.Attendance.Select(a => (a.OrganisationId, a.Present)).OrderBy(a => a.Present)
            .ShouldBe([(directory.Police, false), (directory.MunicipalSchool, true)]);
    }

    [Test]
    public async Task BadInput_IsShownNextToTheField()
    {
        var api = App.ClientFor(TestUser.Administrator);
        await api.SeedDirectoryAsync();
        await api.CreateForumAsync();
        await SignInAsAdministratorAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Operativt forum Östermalm" }).ClickAsync();

        await Page.GetByLabel("Roll").FillAsync(string.Empty);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lägg till" }).ClickAsync();

        (await Page.Locator("#member-role-error").TextContentAsync()).ShouldBe("Fältet måste fyllas i.");
        (await Page.GetByLabel("Roll").GetAttributeAsync("aria-invalid")).ShouldBe("true");
    }

    [Test]
    public async Task EveryPage_HasNoSeriousOrCriticalAccessibilityViolations()
    {
        var api = App.ClientFor(TestUser.Administrator);
        var directory = await api.SeedDirectoryAsync();
        var forumId = await api.CreateForumAsync();
        await api.PostForIdAsync($"/forums/{forumId}/members", new { organisationId = directory.MunicipalSchool, role = "skola" });
        var meetingId = await MeetingTests.PlanAsync(api, forumId, "2026-03-02");
        await Page.GotoAsync("/admin/login");
        var violations = await SeriousViolationsAsync("/admin/login");
        await SignInAsAdministratorAsync();

        foreach (var path in new[] { "/admin", $"/admin/forum/{forumId}", $"/admin/meeting/{forumId}/{meetingId}", "/admin/statistics", "/admin/contacts?district=ostermalm" })
        {
            await Page.GotoAsync(path);
            violations.AddRange(await SeriousViolationsAsync(path));
        }

        violations.ShouldBeEmpty();
    }

    [Test]
    public async Task SkipLink_TakesTheKeyboardToTheMainContent()
    {
        await SignInAsAdministratorAsync();

        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Hoppa till huvudinnehållet");
        await Page.Keyboard.PressAsync("Enter");

        (await Page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("main");
    }
}
