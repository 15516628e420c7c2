using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

public sealed class DemoSipTests : IntegrationTest
{
    private static readonly TestUser Coordinator = new("samordnare", Guid.Parse("a0000000-0000-4000-8000-000000000040"), ["ostermalm", "farsta", "rinkeby-kista"], [Roles.Coordinator]);

    private static readonly TestUser SocialWorker = new("socialsekreterare.ostermalm", TestUser.OstermalmSocialServices, ["ostermalm"], [Roles.SocialWorker]);

    private static readonly TestUser Clinician = new("bup.norr", Guid.Parse("a0000000-0000-4000-8000-000000000020"), ["ostermalm", "norrmalm"], [Roles.BupClinician]);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Samverkan:SeedDemoData"] = "true",
        ["DemoUsers:0:UserName"] = "samordnare", ["DemoUsers:0:Districts:0"] = "ostermalm", ["DemoUsers:0:Roles:0"] = "coordinator",
    };

    [Test]
    public async Task DemoData_GivesOstermalmAnAgreedPlan_AndACoordinatorWhoSeesIt_OnceEvenWhenRunTwice()
    {
        // The database is emptied before each test, so run the start-up seeders again (twice: they are idempotent).
        for (var run = 0; run < 2; run++)
        {
            foreach (var task in App.Services.GetServices<IStartupTask>())
            {
                await task.RunAsync(CancellationToken.None);
            }

            await App.DrainOutboxAsync();
        }

        var functions = await (await App.ClientFor(Coordinator).GetAsync("/api/v1/sip/coordination-functions")).ShouldBeOkJsonAsync();
        var ostermalm = functions.EnumerateArray().Single();
        ostermalm.GetProperty("areaId").GetString().ShouldBe("ostermalm");
        ostermalm.GetProperty("coordinatorUserId").GetString().ShouldBe("samordnare");

        var overview = await (await App.ClientFor(Coordinator).GetAsync($"/api/v1/sip/coordination-functions/{ostermalm.GetProperty("id").GetGuid()}/overview")).ShouldBeOkJsonAsync();
        var plan = overview.GetProperty("plans").EnumerateArray().Single();
        plan.GetProperty("status").GetString().ShouldBe("agreed");
        plan.GetProperty("consent").GetString().ShouldBe("valid");
        plan.GetProperty("nextDate").ValueKind.ShouldBe(JsonValueKind.String);

        var planId = plan.GetProperty("planId").GetGuid();
        var held = await (await App.ClientFor(SocialWorker).GetAsync($"/api/v1/sip/plans/{planId}")).ShouldBeOkJsonAsync();
        held.GetProperty("agreedVersions").GetInt32().ShouldBe(1);
        (await App.ClientFor(SocialWorker).GetAsync($"/api/v1/sip/plans/{planId}/versions/1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.ClientFor(Clinician).GetAsync($"/api/v1/sip/plans/{planId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var uncovered = await (await App.ClientFor(Coordinator).GetAsync("/api/v1/sip/coordination/uncovered-districts")).ShouldBeOkJsonAsync();
        uncovered.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldNotContain("ostermalm");
    }
}
