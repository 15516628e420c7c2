using Microsoft.Playwright;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.BrowserTests;

/// <summary>
/// Hangfire's dashboard at /admin/jobs in the console, with the scheduler running in the test Host: an
/// administrator triggers a recurring job, an operations viewer sees the jobs without the buttons. Axe's
/// findings inside Hangfire's own markup are printed, not failed on (we cannot change that markup).
/// </summary>
public sealed class JobsDashboardTests : BrowserTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Scheduler:Enabled"] = "true",
        ["Scheduler:SchedulePollingInterval"] = "00:00:01",
        ["DemoUsers:1:UserName"] = "drift",
        ["DemoUsers:1:Description"] = "Driftläsare, IT-drift",
        ["DemoUsers:1:OrganisationId"] = TestUser.OstermalmSocialServices.ToString(),
        ["DemoUsers:1:Roles:0"] = "operations-viewer",
    };

    [Test]
    public async Task Administrator_OpensTheDashboardFromTheConsole_AndTriggersARecurringJob()
    {
        await SignInAsAdministratorAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Schemalagda jobb" }).ClickAsync();
        await WaitForDashboardPageAsync("/admin/jobs");
        await PrintAxeFindingsAsync("/admin/jobs");

        await Page.GotoAsync("/admin/jobs/recurring");
        await PrintAxeFindingsAsync("/admin/jobs/recurring");
        foreach (var job in new[] { PurgeHandledMessages.JobName, "create-due-reminders", "send-notification-emails", "check-deadlines-SchoolAttendance" })
        {
            await Page.Locator($"input.js-jobs-list-checkbox[value='{job}']").WaitForAsync();
        }

        await Page.Locator($"input.js-jobs-list-checkbox[value='{PurgeHandledMessages.JobName}']").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Trigger now" }).ClickAsync();

        // The in-process Hangfire server runs it: the antiforgery-checked POST went through.
        await Eventually.ReachesAsync(() => HangfireTables.SucceededRunsAsync(PurgeHandledMessages.JobName), 1, TimeSpan.FromMinutes(1), () => Page.Url);
    }

    [Test]
    public async Task OperationsViewer_SeesTheRecurringJobs_WithoutTriggerButton()
    {
        await Page.GotoAsync("/admin/jobs/recurring");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/admin/login");
        await Page.GetByLabel("Demoanvändare").SelectOptionAsync("drift");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await WaitForDashboardPageAsync("/admin/jobs/recurring");

        await Page.Locator($"tr:has-text('{PurgeHandledMessages.JobName}')").First.WaitForAsync();
        (await Page.GetByRole(AriaRole.Button, new() { Name = "Trigger now" }).CountAsync()).ShouldBe(0);
        (await Page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).CountAsync()).ShouldBe(0);

        // The rest of the console stays closed to the role.
        await Page.GotoAsync("/admin");
        new Uri(Page.Url).AbsolutePath.ShouldBe("/admin/login");
    }

    [Test]
    public async Task AnApiToken_DoesNotOpenTheDashboard()
    {
        using var client = App.ClientFor(TestUser.Administrator);

        using var response = await client.GetAsync(new Uri("/admin/jobs", UriKind.Relative));

        // Challenged by the console's cookie scheme (to its login page), never shown the dashboard.
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/admin/login");
    }

    // Every page of Hangfire's dashboard has this header.
    private Task WaitForDashboardPageAsync(string path) => WaitForPageAsync(path, Page.Locator("h1.page-header"));

    private async Task PrintAxeFindingsAsync(string path)
    {
        foreach (var finding in await SeriousViolationsAsync(path))
        {
            await TestContext.Out.WriteLineAsync($"axe, in Hangfire's markup: {finding}");
        }
    }
}
