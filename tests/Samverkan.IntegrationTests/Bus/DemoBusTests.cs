using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>What build/run.sh shows of BUS at once (issue 15): the 11 Stockholm groups, their coverage, deviations and measurements.</summary>
public sealed class DemoBusTests : IntegrationTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Samverkan:SeedDemoData"] = "true" };

    [Test]
    public async Task Demo_data_gives_11_groups_covering_each_of_the_13_districts_once_with_deviations_and_a_radar_per_measured_group()
    {
        // The database is emptied before each test, so run the start-up seeders again (twice: the second run adds nothing).
        foreach (var task in App.Services.GetServices<IStartupTask>().Concat(App.Services.GetServices<IStartupTask>()))
        {
            await task.RunAsync(CancellationToken.None);
        }

        using var admin = App.ClientFor(TestUser.Administrator);
        var groups = await (await admin.GetAsync("/api/v1/bus/groups?pageSize=50")).ShouldBeOkJsonAsync();
        groups.GetProperty("totalCount").GetInt32().ShouldBe(11);
        var items = groups.GetProperty("items").EnumerateArray().ToList();
        var districts = items.SelectMany(g => g.GetProperty("coverage").EnumerateArray().Select(c => c.GetProperty("code").GetString())).ToList();
        districts.Count.ShouldBe(13);
        districts.Distinct().Count().ShouldBe(13);
        var ostermalm = items.Single(g => g.GetProperty("name").GetString() == "Lokal BUS Östermalm");
        ostermalm.GetProperty("emptySeats").GetInt32().ShouldBe(6); // ten required parties, four represented
        items.Where(g => g.GetProperty("name").GetString() != "Lokal BUS Östermalm").ShouldAllBe(g => g.GetProperty("emptySeats").GetInt32() >= 9);

        var id = ostermalm.GetProperty("id").GetGuid();
        var deviations = await (await admin.GetAsync($"/api/v1/bus/groups/{id}/deviations")).ShouldBeOkJsonAsync();
        deviations.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("stage").GetString()).ShouldBe(["closed", "group-agenda", "reporter-manager"], ignoreOrder: true);
        var svg = XDocument.Parse(await (await admin.GetAsync($"/api/v1/bus/groups/{id}/spider-measurements/radar.svg")).Content.ReadAsStringAsync());
        svg.Descendants(XName.Get("polygon", "http://www.w3.org/2000/svg")).Count().ShouldBe(2);

        // A social worker of Östermalm is a party of the Östermalm group only.
        using var social = App.ClientFor(new TestUser("socialsekreterare.ostermalm", TestUser.OstermalmSocialServices, ["ostermalm"], [Roles.SocialWorker]));
        var own = await (await social.GetAsync("/api/v1/bus/groups")).ShouldBeOkJsonAsync();
        own.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ShouldBe(["Lokal BUS Östermalm"]);
    }
}
