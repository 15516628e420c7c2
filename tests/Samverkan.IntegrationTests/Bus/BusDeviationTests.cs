using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>BUS deviations: handled locally first, closed with an outcome, copied to the county without free text unless released (issue 15).</summary>
public sealed class BusDeviationTests : IntegrationTest
{
    private BusWorld _world = null!;
    private Guid _group;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await BusWorld.CreateAsync(App);
        _group = await _world.CreateGroupAsync();
        await _world.AddCatalogueEntryAsync("deviation-categories", "information-not-shared", "Information was not shared");
    }

    [Test]
    public async Task A_deviation_goes_to_the_reporters_manager_then_the_representative_then_the_agenda_and_closes_with_an_outcome()
    {
        var deviation = await ReportAsync();
        var path = $"/api/v1/bus/deviations/{deviation}";

        (await _world.PostAsync(_world.Sip.Principal, $"{path}/escalations", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/escalations", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Sip.Principal, $"{path}/escalations", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _world.PostAsync(_world.Sip.Manager, $"{path}/escalations", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/closure", new { outcome = "routine-changed", outcomeNote = "Ny rutin för remissvar inom två veckor" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var closed = await _world.GetJsonAsync(_world.Sip.SocialWorker, path);
        closed.GetProperty("stage").GetString().ShouldBe("closed");
        closed.GetProperty("outcome").GetString().ShouldBe("routine-changed");
        closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("stage").GetString())
            .ShouldBe(["reporter-manager", "party-representative", "group-agenda", "closed"]);
        await (await _world.PostAsync(_world.Sip.Manager, $"{path}/escalations", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task The_county_copy_carries_structured_fields_and_the_text_only_once_released()
    {
        var deviation = await ReportAsync();

        var copy = (await _world.GetJsonAsync(_world.County, "/api/v1/bus/county/deviation-copies")).GetProperty("items").EnumerateArray().Single();
        copy.GetProperty("category").GetString().ShouldBe("information-not-shared");
        copy.GetProperty("districtCode").GetString().ShouldBe("ostermalm");
        copy.GetProperty("groupName").GetString().ShouldBe("BUS Östermalm");
        copy.GetProperty("description").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        copy.ToString().ShouldNotContain("socialworker.ostermalm");
        (await _world.GetAsync(_world.County, $"/api/v1/bus/deviations/{deviation}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.Sip.SocialWorker, "/api/v1/bus/county/deviation-copies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/deviations/{deviation}/free-text-release", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var released = (await _world.GetJsonAsync(_world.County, "/api/v1/bus/county/deviation-copies")).GetProperty("items").EnumerateArray().Single();
        released.GetProperty("description").GetString().ShouldBe("Remissvar från BUP uteblev trots påminnelse");
    }

    [Test]
    public async Task A_personnummer_in_the_description_is_refused_and_nothing_is_saved()
    {
        var refused = await _world.ReportDeviationAsync(_world.Sip.SocialWorker, _group, "Gäller 20140402-1234, remissen kom aldrig");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString()!.ShouldContain("personnummer");
        (await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{_group}/deviations")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Categories_are_data_an_unknown_one_is_refused_until_it_is_added()
    {
        var unknown = await _world.ReportDeviationAsync(_world.Sip.SocialWorker, _group, category: "meeting-not-attended");
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("meeting-not-attended");

        await _world.AddCatalogueEntryAsync("deviation-categories", "meeting-not-attended", "A party did not attend an agreed meeting");

        (await _world.ReportDeviationAsync(_world.Sip.SocialWorker, _group, category: "meeting-not-attended")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var categories = await _world.GetJsonAsync(_world.Coordinator, "/api/v1/bus/catalogues/deviation-categories");
        categories.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["information-not-shared", "meeting-not-attended", "sip-collaboration-failed"]);
    }

    [Test]
    public async Task A_district_the_group_did_not_cover_is_refused_and_a_stranger_does_not_find_the_group()
    {
        await (await _world.ReportDeviationAsync(_world.Coordinator, _group, district: "farsta")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await _world.ReportDeviationAsync(_world.Sip.FarstaSocialWorker, _group)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_failure_reported_from_a_sip_arrives_once_as_a_deviation_of_the_districts_group_without_the_child()
    {
        var plan = await _world.Sip.PlanInPreparationAsync();
        using var school = App.ClientFor(_world.Sip.Principal);
        (await school.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/collaboration-failures", new
        {
            description = "BUP kom inte till två SIP-möten för 140402-1234", concernedOrganisationIds = new[] { _world.Sip.Bup }, occurredOn = "2026-03-02",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await App.DrainOutboxAsync();
        await App.DrainOutboxAsync();

        var deviations = await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{_group}/deviations");
        deviations.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var deviation = deviations.GetProperty("items")[0];
        deviation.GetProperty("source").GetString().ShouldBe("sip");
        deviation.GetProperty("category").GetString().ShouldBe("sip-collaboration-failed");
        deviation.GetProperty("stage").GetString().ShouldBe("reporter-manager");
        deviation.GetProperty("reportingOrganisationId").GetGuid().ShouldBe(_world.Sip.School);
        deviation.GetProperty("description").GetString().ShouldBe("BUP kom inte till två SIP-möten för [personnummer borttaget]");
        deviation.ToString().ShouldNotContain("Alva");
    }

    private async Task<Guid> ReportAsync()
    {
        var response = await _world.ReportDeviationAsync(_world.Sip.SocialWorker, _group);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }
}
