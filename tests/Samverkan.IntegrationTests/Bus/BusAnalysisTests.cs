using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>A group's local analysis and the county's yearly view on a known data set, small counts suppressed (issue 15).</summary>
public sealed class BusAnalysisTests : IntegrationTest
{
    private BusWorld _world = null!;
    private Guid _ostermalm;
    private Guid _farsta;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await BusWorld.CreateAsync(App);
        _ostermalm = await _world.CreateGroupAsync("BUS Östermalm", "2026-01-01", "ostermalm");
        _farsta = await _world.CreateGroupAsync("BUS Farsta", "2026-01-01", "farsta");
        foreach (var (party, organisation) in new[] { ("social-services", _world.Sip.OstermalmSocial), ("bup", _world.Sip.Bup), ("school", _world.Sip.School) })
        {
            (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{_ostermalm}/seats", new { partyKind = party, organisationId = organisation, representativeName = "Representant", since = "2026-01-01" }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await _world.AddCatalogueEntryAsync("deviation-categories", "information-not-shared", "Information was not shared");
        await _world.AddCatalogueEntryAsync("deviation-categories", "referral-delayed", "A referral was answered late");
        for (var i = 0; i < 6; i++)
        {
            (await _world.ReportDeviationAsync(_world.Sip.Principal, _ostermalm, $"Information från BUP uteblev ({i})")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        for (var i = 0; i < 2; i++)
        {
            (await _world.ReportDeviationAsync(_world.Sip.SocialWorker, _ostermalm, $"Remissvar dröjde ({i})", "referral-delayed")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await _world.ReportDeviationAsync(_world.Sip.FarstaSocialWorker, _farsta, "Remissvar dröjde", "referral-delayed", "farsta")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task The_local_analysis_counts_deviations_by_category_and_party_sips_attendance_and_the_spider_with_small_counts_as_under_five()
    {
        // One SIP judged needed in Östermalm, its first meeting held; one in Farsta, which is not Östermalm's area.
        var plan = await _world.Sip.PlanInPreparationAsync(withDraft: false);
        using (var social = App.ClientFor(_world.Sip.SocialWorker))
        {
            (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/first-meeting", new { heldOn = "2026-03-02" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await App.DrainOutboxAsync();
        await App.DrainOutboxAsync();
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM bus.sip_activities WHERE district_code = 'ostermalm'")).ShouldBe(2);

        (await _world.PostAsync(_world.Coordinator, "/api/v1/bus/agenda-templates", new { source = "Gemensam dagordning", items = new[] { new { standingItem = "deviations" } } })).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var (day, bupPresent) in new[] { ("2026-02-10", false), ("2026-02-24", true) })
        {
            var meeting = await (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_ostermalm}/meetings", new { heldOn = day })).ShouldBeCreatedAsync();
            (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_ostermalm}/meetings/{meeting}/attendance", new
            {
                parties = new[] { new { partyKind = "social-services", present = true }, new { partyKind = "bup", present = bupPresent } },
            })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        foreach (var axis in new[] { "routines", "attendance", "follow-up" })
        {
            await _world.AddCatalogueEntryAsync("spider-axes", axis, axis, 5);
        }

        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_ostermalm}/spider-measurements", new
        {
            measuredOn = "2026-02-24", axes = new[] { new { axisCode = "routines", agreed = 3 }, new { axisCode = "attendance", agreed = 4 }, new { axisCode = "follow-up", agreed = 2 } },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var analysis = await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_ostermalm}/analysis");
        analysis.GetProperty("from").GetString().ShouldBe("2026-01-01");
        analysis.GetProperty("to").GetString().ShouldBe("2026-03-02");
        analysis.GetProperty("deviations").GetString().ShouldBe("8");
        Counts(analysis.GetProperty("deviationsByCategory"), "code", "count").ShouldBe(new Dictionary<string, string> { ["information-not-shared"] = "6", ["referral-delayed"] = "<5" });
        var byParty = analysis.GetProperty("deviationsByParty").EnumerateArray().ToDictionary(p => p.GetProperty("partyKind").GetString()!);
        byParty["school"].GetProperty("reported").GetString().ShouldBe("6");
        byParty["social-services"].GetProperty("reported").GetString().ShouldBe("<5");
        byParty["bup"].GetProperty("concerned").GetString().ShouldBe("8");
        byParty["bup"].GetProperty("reported").GetString().ShouldBe("0");

        var sip = analysis.GetProperty("sip");
        sip.GetProperty("judgedNeeded").GetString().ShouldBe("<5");
        sip.GetProperty("firstMeetingsHeld").GetString().ShouldBe("<5");
        sip.GetProperty("collaborationFailures").GetString().ShouldBe("0");

        analysis.GetProperty("meetingsHeld").GetInt32().ShouldBe(2);
        var attendance = analysis.GetProperty("attendance").EnumerateArray().ToDictionary(a => a.GetProperty("partyKind").GetString()!);
        attendance["social-services"].GetProperty("attended").GetInt32().ShouldBe(2);
        attendance["bup"].GetProperty("attended").GetInt32().ShouldBe(1);
        attendance["police"].GetProperty("notRecorded").GetInt32().ShouldBe(2);
        analysis.GetProperty("spider").GetArrayLength().ShouldBe(1);

        var farsta = await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{_farsta}/analysis");
        farsta.GetProperty("deviations").GetString().ShouldBe("<5");
        farsta.GetProperty("sip").GetProperty("judgedNeeded").GetString().ShouldBe("0");

        var january = await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_ostermalm}/analysis?from=2026-01-01&to=2026-01-31");
        january.GetProperty("deviations").GetString().ShouldBe("0");
        january.GetProperty("meetingsHeld").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task A_sip_counts_for_the_group_that_covered_its_district_on_the_day()
    {
        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{_farsta}/coverage-changes", new { from = "2026-03-01", areas = new[] { new { kind = "district", code = "ostermalm" }, new { kind = "district", code = "farsta" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{_ostermalm}/coverage-changes", new { from = "2026-03-01", areas = new[] { new { kind = "region-unit", code = "bup-norr" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{_farsta}/coverage-changes", new { from = "2026-03-01", areas = new[] { new { kind = "district", code = "ostermalm" }, new { kind = "district", code = "farsta" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await _world.Sip.PlanInPreparationAsync(withDraft: false);
        await App.DrainOutboxAsync();

        (await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{_farsta}/analysis")).GetProperty("sip").GetProperty("judgedNeeded").GetString().ShouldBe("<5");
        (await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{_ostermalm}/analysis")).GetProperty("sip").GetProperty("judgedNeeded").GetString().ShouldBe("0");
    }

    [Test]
    public async Task The_analysis_is_for_the_group_s_parties_and_the_county_sees_the_yearly_figures_only()
    {
        (await _world.GetAsync(_world.County, $"/api/v1/bus/groups/{_ostermalm}/analysis")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{_ostermalm}/analysis")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.Sip.Manager, "/api/v1/bus/county/yearly-figures?year=2026")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.County, "/api/v1/bus/county/yearly-figures?year=2027")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var response = await _world.GetAsync(_world.County, "/api/v1/bus/county/yearly-figures?year=2026");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        body.ShouldNotContain("Information från BUP");
        body.ShouldNotContain("Remissvar");
        var groups = JsonDocument.Parse(body).RootElement.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("groupName").GetString()!);
        groups["BUS Östermalm"].GetProperty("deviations").GetString().ShouldBe("8");
        Counts(groups["BUS Östermalm"].GetProperty("deviationsByCategory"), "code", "count")["referral-delayed"].ShouldBe("<5");
        groups["BUS Farsta"].GetProperty("deviations").GetString().ShouldBe("<5");
        groups["BUS Farsta"].GetProperty("meetingsHeld").GetInt32().ShouldBe(0);
        (await _world.GetJsonAsync(_world.County, "/api/v1/bus/county/yearly-figures?year=2025")).GetProperty("groups").GetArrayLength().ShouldBe(0);
    }

    private static Dictionary<string, string> Counts(JsonElement rows, string key, string value) =>
        rows.EnumerateArray().ToDictionary(r => r.GetProperty(key).GetString()!, r => r.GetProperty(value).GetString()!);
}
