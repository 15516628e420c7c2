using System.Net;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>The routines library (issue 15): a group's and the city's routines, versioned, with the parties that agreed each version.</summary>
public sealed class BusRoutineTests : IntegrationTest
{
    private BusWorld _world = null!;
    private Guid _group;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await BusWorld.CreateAsync(App);
        _group = await _world.CreateGroupAsync("BUS Östermalm", "2026-01-01", "ostermalm");
        foreach (var (party, organisation) in new[] { ("social-services", _world.Sip.OstermalmSocial), ("bup", _world.Sip.Bup), ("school", _world.Sip.School) })
        {
            (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{_group}/seats", new { partyKind = party, organisationId = organisation, representativeName = "Representant", since = "2026-01-01" }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
    }

    private Task<HttpResponseMessage> AddAsync(TestUser by, string text, string agreedOn, string? inForceFrom = null, string[]? agreedBy = null, string kind = "local-sip", string key = "sip-kallelse") =>
        _world.PostAsync(by, $"/api/v1/bus/groups/{_group}/routines", new
        {
            kind, routineKey = key, title = "Kallelse till SIP", text, agreedBy = agreedBy ?? ["social-services", "school"], agreedOn, inForceFrom,
        });

    [Test]
    public async Task A_new_version_leaves_the_old_one_as_it_was_and_the_current_one_is_the_newest_in_force()
    {
        await (await AddAsync(_world.Sip.Manager, "Skolan kallar inom två veckor.", "2026-01-20")).ShouldBeCreatedAsync();

        // The next version is agreed today with BUP too, in force from April: until then the first one is current.
        await (await AddAsync(_world.Sip.Manager, "Den som först ser behovet kallar inom en vecka.", "2026-03-02", "2026-04-01", ["social-services", "school", "bup"])).ShouldBeCreatedAsync();
        var routine = await _world.GetJsonAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/routines/sip-kallelse");
        var versions = routine.GetProperty("versions").EnumerateArray().ToList();
        versions.Select(v => v.GetProperty("versionNumber").GetInt32()).ShouldBe([2, 1]);
        versions[1].GetProperty("text").GetString().ShouldBe("Skolan kallar inom två veckor.");
        versions[1].GetProperty("agreedBy").EnumerateArray().Select(p => p.GetString()).ShouldBe(["school", "social-services"]);
        versions[1].GetProperty("agreedOn").GetString().ShouldBe("2026-01-20");
        versions[0].GetProperty("agreedBy").GetArrayLength().ShouldBe(3);
        routine.GetProperty("current").GetProperty("versionNumber").GetInt32().ShouldBe(1);

        App.Time.Set(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        var list = await _world.GetJsonAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/routines?kind=local-sip");
        list.EnumerateArray().Single().GetProperty("current").GetProperty("versionNumber").GetInt32().ShouldBe(2);
        (await _world.GetJsonAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/routines?kind=individual-cases")).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task A_version_is_agreed_by_parties_of_the_group_and_keeps_its_kind()
    {
        // The police seat is empty: nobody agreed on its behalf.
        (await AddAsync(_world.Sip.Manager, "Text", "2026-01-20", agreedBy: ["police"])).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await AddAsync(_world.Sip.Manager, "Text", "2026-01-20", agreedBy: ["no-such-party"])).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await AddAsync(_world.Sip.Manager, "Text", "2026-01-20", agreedBy: [])).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AddAsync(_world.Sip.Manager, "Text", "2026-01-20", "2026-01-10")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await (await AddAsync(_world.Sip.Manager, "Ärenden tas upp avidentifierade.", "2026-01-20", kind: "individual-cases", key: "enskilda-arenden")).ShouldBeCreatedAsync();
        (await AddAsync(_world.Sip.Manager, "Text", "2026-02-20", kind: "local-sip", key: "enskilda-arenden")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await AddAsync(_world.Sip.Manager, "Gäller 20140402-1234", "2026-02-20", kind: "individual-cases", key: "enskilda-arenden")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.GetJsonAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/routines/enskilda-arenden")).GetProperty("versions").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task A_groups_routines_are_for_its_parties_and_the_citys_are_kept_by_its_coordinators()
    {
        await (await AddAsync(_world.Sip.Manager, "Skolan kallar inom två veckor.", "2026-01-20")).ShouldBeCreatedAsync();
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{_group}/routines")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{_group}/routines/sip-kallelse")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.County, $"/api/v1/bus/groups/{_group}/routines")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AddAsync(_world.Sip.SocialWorker, "Text", "2026-01-20")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/routines/no-such-routine")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var cityWide = new
        {
            kind = "individual-cases", routineKey = "enskilda-arenden", title = "Enskilda ärenden i BUS", text = "Ärenden tas upp avidentifierade om inte samtycke finns.",
            agreedBy = new[] { "social-services", "school", "bup", "child-health" }, agreedOn = "2026-02-01",
        };
        (await _world.PostAsync(_world.Sip.Manager, "/api/v1/bus/routines", cityWide)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await _world.PostAsync(_world.Coordinator, "/api/v1/bus/routines", cityWide)).ShouldBeCreatedAsync();
        var city = await _world.GetJsonAsync(_world.Sip.Principal, "/api/v1/bus/routines");
        city.EnumerateArray().Single().GetProperty("groupId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        city.EnumerateArray().Single().GetProperty("current").GetProperty("agreedBy").GetArrayLength().ShouldBe(4);
        (await _world.GetJsonAsync(_world.Sip.Principal, "/api/v1/bus/routines/enskilda-arenden")).GetProperty("versions").GetArrayLength().ShouldBe(1);
        (await _world.GetAsync(_world.County, "/api/v1/bus/routines")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The group's list holds its own routines only.
        (await _world.GetJsonAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/routines")).GetArrayLength().ShouldBe(1);
    }
}
