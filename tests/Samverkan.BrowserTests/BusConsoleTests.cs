using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Shouldly;

namespace Samverkan.BrowserTests;

/// <summary>The BUS groups in the admin console (issue 15): the demo's 11 groups, a group's empty seats and its radar chart.</summary>
public sealed class BusConsoleTests : BrowserTest
{
    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Samverkan:SeedDemoData"] = "true" };

    [Test]
    public async Task Administrator_sees_the_11_groups_and_a_groups_empty_seats_and_radar_chart()
    {
        // The database is emptied before each test, so run the start-up seeders again.
        foreach (var task in App.Services.GetServices<IStartupTask>())
        {
            await task.RunAsync(CancellationToken.None);
        }

        await SignInAsAdministratorAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "BUS-grupper" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Lokal BUS Östermalm" }).ClickAsync();

        (await Page.Locator("table").First.Locator("tbody tr").CountAsync()).ShouldBe(11);
        (await Page.GetByRole(AriaRole.Row, new() { Name = "Lokal BUS Norrmalm och Kungsholmen" }).TextContentAsync())!.ShouldContain("Kungsholmen, Norrmalm");
        (await Page.GetByRole(AriaRole.Heading, new() { Name = "Lokal BUS Östermalm" }).IsVisibleAsync()).ShouldBeTrue();
        (await Page.GetByText("tom plats").CountAsync()).ShouldBe(6);
        var chart = Page.GetByRole(AriaRole.Img, new() { Name = "Spindeldiagram för Lokal BUS Östermalm" });
        // The SVG loaded under the console's policy: a blocked or broken image never completes with a width.
        await Page.WaitForFunctionAsync("() => [...document.images].some(i => i.complete && i.naturalWidth > 0)");
        (await chart.EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(400);
        // Fetched with the browser's session (the console's policy lets the page itself fetch nothing).
        var svg = await (await Page.Context.APIRequest.GetAsync(new Uri(BaseAddress, await chart.GetAttributeAsync("src")).ToString())).TextAsync();
        System.Xml.Linq.XDocument.Parse(svg).Descendants(System.Xml.Linq.XName.Get("polygon", "http://www.w3.org/2000/svg")).Count().ShouldBe(2);
        (await SeriousViolationsAsync(Page.Url)).ShouldBeEmpty();
    }
}
