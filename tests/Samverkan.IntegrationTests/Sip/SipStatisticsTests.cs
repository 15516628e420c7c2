using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>SIP statistics on a known data set: counts by proposer kind and sex, those under five shown as "&lt;5".</summary>
public sealed class SipStatisticsTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [Test]
    public async Task Six_proposals_by_the_school_and_one_by_social_services_show_small_counts_as_under_five()
    {
        var plans = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            plans.Add(await _world.ProposeAsync());
        }

        await _world.ProposeAsync(_world.SocialWorker);
        using var social = App.ClientFor(_world.SocialWorker);
        (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plans[0]}/judgement", new { needed = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await App.ClientFor(_world.FarstaSocialWorker).PostAsJsonAsync("/api/v1/sip/plans", new
        {
            districtCode = "farsta", childName = "Noah Berg", childBirthDate = "2012-01-05", childSex = "male", reason = "Annat distrikt",
        });

        var stats = await (await social.GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31")).ShouldBeOkJsonAsync();

        stats.GetProperty("proposed").GetString().ShouldBe("7");
        stats.GetProperty("judgedNeeded").GetString().ShouldBe("<5");
        stats.GetProperty("agreed").GetString().ShouldBe("0");
        var rows = stats.GetProperty("breakdown").EnumerateArray().ToDictionary(r => r.GetProperty("proposedByKind").GetString()!, r => r.GetProperty("proposed").GetString());
        rows.ShouldBe(new Dictionary<string, string?> { ["school"] = "6", ["social-services"] = "<5" }, ignoreOrder: true);
    }

    [Test]
    public async Task Another_district_and_a_school_may_not_read_them()
    {
        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.Principal).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
