using System.Net;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>Local BUS groups with their coverage over time and the parties' seats (issue 15).</summary>
public sealed class BusGroupTests : IntegrationTest
{
    private BusWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await BusWorld.CreateAsync(App);

    [Test]
    public async Task A_new_group_shows_every_required_party_as_an_empty_seat_until_someone_represents_it()
    {
        var group = await _world.CreateGroupAsync();

        var created = await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}");
        var seats = created.GetProperty("seats").EnumerateArray().ToList();
        seats.Select(s => s.GetProperty("partyKind").GetString()).ShouldContain("bup");
        seats.Select(s => s.GetProperty("partyKind").GetString()).ShouldContain("police");
        created.GetProperty("emptySeats").GetInt32().ShouldBe(seats.Count);

        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}/seats", new { partyKind = "bup", organisationId = _world.Sip.Bup, representativeName = "Kim Berg", since = "2026-01-15" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var filled = await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}");
        var bup = filled.GetProperty("seats").EnumerateArray().Single(s => s.GetProperty("partyKind").GetString() == "bup");
        bup.GetProperty("isEmpty").GetBoolean().ShouldBeFalse();
        bup.GetProperty("partyName").GetString().ShouldBe("Child and adolescent psychiatry (BUP)");
        filled.GetProperty("emptySeats").GetInt32().ShouldBe(seats.Count - 1);
    }

    [Test]
    public async Task Coverage_changes_keep_who_covered_a_district_on_each_past_date()
    {
        var group = await _world.CreateGroupAsync("BUS Söder", "2026-01-01", "ostermalm", "farsta");

        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}/coverage-changes", new { from = "2026-02-01", areas = new[] { new { kind = "district", code = "ostermalm" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var onJanuary = await _world.GetJsonAsync(_world.Coordinator, "/api/v1/bus/groups?district=farsta&on=2026-01-20");
        onJanuary.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var onFebruary = await _world.GetJsonAsync(_world.Coordinator, "/api/v1/bus/groups?district=farsta&on=2026-02-01");
        onFebruary.GetProperty("totalCount").GetInt32().ShouldBe(0);

        var farsta = (await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}")).GetProperty("coverage").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "farsta");
        farsta.GetProperty("from").GetString().ShouldBe("2026-01-01");
        farsta.GetProperty("to").GetString().ShouldBe("2026-02-01");
    }

    [Test]
    public async Task A_district_belongs_to_one_group_at_a_time_and_a_split_ends_the_old_coverage_first()
    {
        var old = await _world.CreateGroupAsync("BUS Östermalm-Farsta", "2026-01-01", "ostermalm", "farsta");

        var taken = await _world.PostAsync(_world.Coordinator, "/api/v1/bus/groups", new
        {
            name = "BUS Farsta", startsOn = "2026-02-01", areas = new[] { new { kind = "district", code = "farsta" } }, splitFrom = old,
        });
        var problem = await taken.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString()!.ShouldContain("BUS Östermalm-Farsta");

        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{old}/coverage-changes", new { from = "2026-02-01", areas = new[] { new { kind = "district", code = "ostermalm" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var split = await _world.PostAsync(_world.Coordinator, "/api/v1/bus/groups", new
        {
            name = "BUS Farsta", startsOn = "2026-02-01", areas = new[] { new { kind = "district", code = "farsta" } }, splitFrom = old,
        });
        split.StatusCode.ShouldBe(HttpStatusCode.Created, await split.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Staff_see_the_group_of_their_district_others_do_not_find_it_and_the_county_is_refused()
    {
        var group = await _world.CreateGroupAsync();

        (await _world.GetAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{group}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.County, $"/api/v1/bus/groups/{group}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/closure", new { on = "2026-03-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Independent_schools_are_tracked_from_invited_to_represented_and_then_see_the_group()
    {
        var group = await _world.CreateGroupAsync("BUS Farsta", "2026-01-01", "farsta");

        (await _world.GetAsync(_world.Sip.OtherPrincipal, $"/api/v1/bus/groups/{group}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var status in new[] { "invited", "in-dialogue", "represented" })
        {
            (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}/independent-providers", new
            {
                organisationId = _world.Sip.OtherSchool, name = "Östermalmsskolan (fristående)", kind = "school", status, since = "2026-02-01",
            })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var seen = await _world.GetJsonAsync(_world.Sip.OtherPrincipal, $"/api/v1/bus/groups/{group}");
        seen.GetProperty("independentProviders")[0].GetProperty("status").GetString().ShouldBe("represented");
    }

    [Test]
    public async Task A_closed_group_takes_no_more_changes()
    {
        var group = await _world.CreateGroupAsync();
        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}/closure", new { on = "2026-03-01" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refused = await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}/seats", new { partyKind = "bup", organisationId = _world.Sip.Bup, since = "2026-03-02" });

        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}")).GetProperty("closedOn").GetString().ShouldBe("2026-03-01");
    }
}
