using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>Meetings from the versioned agenda template, with standing items from the duty list, minutes and attendance per party (issue 15).</summary>
public sealed class BusMeetingTests : IntegrationTest
{
    private static readonly object[] DutyList =
    [
        new { standingItem = "obstacles" }, new { standingItem = "organisation-changes" }, new { standingItem = "deviations" },
        new { standingItem = "statistics" }, new { standingItem = "intervention-effect" },
    ];

    private BusWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await BusWorld.CreateAsync(App);

    [Test]
    public async Task A_new_template_version_leaves_a_meeting_held_from_an_earlier_one_as_it_was_and_each_meeting_records_its_version()
    {
        var group = await _world.CreateGroupAsync();
        var first = await CommonVersionAsync("Gemensam dagordning, hösten 2023", DutyList);
        var february = await ScheduleAsync(group, "2026-02-10");

        var held = await MeetingAsync(group, february);
        held.GetProperty("templateId").GetGuid().ShouldBe(first);
        held.GetProperty("templateVersion").GetInt32().ShouldBe(1);
        held.GetProperty("groupsOwnTemplate").GetBoolean().ShouldBeFalse();
        var items = held.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("standingItem").GetString()).ShouldBe(["obstacles", "organisation-changes", "deviations", "statistics", "intervention-effect"]);
        items[1].GetProperty("title").GetString().ShouldBe("Changes in my organisation");

        var second = await CommonVersionAsync("Gemensam dagordning, reviderad 2026", [new { standingItem = "obstacles" }, new { standingItem = "deviations" }, new { title = "Övriga frågor" }]);
        var march = await ScheduleAsync(group, "2026-03-01");

        var old = await MeetingAsync(group, february);
        old.GetProperty("templateVersion").GetInt32().ShouldBe(1);
        old.GetProperty("items").GetArrayLength().ShouldBe(5);
        var latest = await MeetingAsync(group, march);
        latest.GetProperty("templateId").GetGuid().ShouldBe(second);
        latest.GetProperty("templateVersion").GetInt32().ShouldBe(2);
        latest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ShouldBe(["Obstacles to collaboration found and removed", "Deviations (BUS-avvikelser) followed up", "Övriga frågor"]);

        var versions = (await _world.GetJsonAsync(_world.Sip.Manager, "/api/v1/bus/agenda-templates")).EnumerateArray().ToList();
        versions.Select(v => v.GetProperty("version").GetInt32()).ShouldBe([2, 1]);
        versions.Select(v => v.GetProperty("usedInMeetings").GetInt32()).ShouldBe([1, 1]);
        versions[1].GetProperty("source").GetString().ShouldBe("Gemensam dagordning, hösten 2023");
    }

    [Test]
    public async Task A_group_adapts_the_template_into_its_own_version_which_its_later_meetings_use()
    {
        var group = await _world.CreateGroupAsync();
        var other = await _world.CreateGroupAsync("BUS Farsta", "2026-01-01", "farsta");
        var common = await CommonVersionAsync("Gemensam dagordning, hösten 2023", DutyList);
        var adapted = await (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/agenda-templates", new
        {
            adaptedFrom = common, source = "BUS-gruppens beslut 2026-01-20", items = DutyList.Append(new { title = "Skolornas deltagande" }),
        })).ShouldBeCreatedAsync();

        var own = (await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/agenda-templates")).EnumerateArray().Single();
        own.GetProperty("version").GetInt32().ShouldBe(1);
        own.GetProperty("adaptedFrom").GetGuid().ShouldBe(common);
        own.GetProperty("groupId").GetGuid().ShouldBe(group);

        var meeting = await MeetingAsync(group, await ScheduleAsync(group, "2026-02-10"));
        meeting.GetProperty("templateId").GetGuid().ShouldBe(adapted);
        meeting.GetProperty("groupsOwnTemplate").GetBoolean().ShouldBeTrue();
        meeting.GetProperty("items").EnumerateArray().Last().GetProperty("title").GetString().ShouldBe("Skolornas deltagande");

        var fromCommon = await MeetingAsync(group, await ScheduleAsync(group, "2026-02-24", common));
        fromCommon.GetProperty("groupsOwnTemplate").GetBoolean().ShouldBeFalse();
        (await _world.GetJsonAsync(_world.Coordinator, $"/api/v1/bus/groups/{other}/meetings")).GetArrayLength().ShouldBe(0);
        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{other}/meetings", new { heldOn = "2026-02-11", templateId = adapted })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/agenda-templates", new { adaptedFrom = common, source = "x", items = new[] { new { standingItem = "horoscope" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Minutes_and_attendance_are_recorded_per_item_and_per_party_of_the_group()
    {
        var group = await _world.CreateGroupAsync();
        await CommonVersionAsync("Gemensam dagordning, hösten 2023", DutyList);
        var meeting = await ScheduleAsync(group, "2026-02-10");
        var path = $"/api/v1/bus/groups/{group}/meetings/{meeting}";

        (await _world.PostAsync(_world.Sip.Manager, $"{path}/minutes", new { items = new[] { new { order = 1, minutes = "Väntetider för remisser till BUP; BUP återkommer." }, new { order = 4, minutes = "12 samverkansärenden under hösten." } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/minutes", new { items = new[] { new { order = 9, minutes = "Finns inte" } } })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/minutes", new { items = new[] { new { order = 2, minutes = "Gäller 140402-1234" } } })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/attendance", new { parties = new[] { new { partyKind = "social-services", present = true }, new { partyKind = "bup", present = false } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/attendance", new { parties = new[] { new { partyKind = "bup", present = true } } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/attendance", new { parties = new[] { new { partyKind = "astrologers", present = true } } })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var seen = await MeetingAsync(group, meeting);
        var items = seen.GetProperty("items").EnumerateArray().ToList();
        items[0].GetProperty("minutes").GetString().ShouldBe("Väntetider för remisser till BUP; BUP återkommer.");
        items[1].GetProperty("minutes").ValueKind.ShouldBe(JsonValueKind.Null);
        var attendance = seen.GetProperty("attendance").EnumerateArray().ToDictionary(a => a.GetProperty("partyKind").GetString()!, a => a.GetProperty("present"));
        attendance["social-services"].GetBoolean().ShouldBeTrue();
        attendance["bup"].GetBoolean().ShouldBeTrue();
        attendance["police"].ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task An_upcoming_meeting_lists_under_its_deviations_item_the_deviations_the_local_path_put_on_the_group_s_agenda()
    {
        var group = await _world.CreateGroupAsync();
        await _world.AddCatalogueEntryAsync("deviation-categories", "information-not-shared", "Information was not shared");
        var onAgenda = await (await _world.ReportDeviationAsync(_world.Sip.SocialWorker, group)).ShouldBeCreatedAsync();
        (await _world.ReportDeviationAsync(_world.Sip.SocialWorker, group, "Kallelse kom för sent")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/deviations/{onAgenda}/escalations", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Sip.Principal, $"/api/v1/bus/deviations/{onAgenda}/escalations", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await CommonVersionAsync("Gemensam dagordning, hösten 2023", DutyList);

        var past = await MeetingAsync(group, await ScheduleAsync(group, "2026-02-10"));
        past.GetProperty("deviationsOnAgenda").GetArrayLength().ShouldBe(0);
        var upcoming = await _world.GetAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/meetings/{await ScheduleAsync(group, "2026-03-10")}");
        var body = await upcoming.Content.ReadAsStringAsync();
        body.ShouldNotContain("Remissvar");
        var listed = JsonDocument.Parse(body).RootElement.GetProperty("deviationsOnAgenda").EnumerateArray().Single();
        listed.GetProperty("id").GetGuid().ShouldBe(onAgenda);
        listed.GetProperty("categoryName").GetString().ShouldBe("Information was not shared");
    }

    [Test]
    public async Task Meetings_are_for_the_group_s_parties_and_the_common_template_for_the_city_to_version()
    {
        var group = await _world.CreateGroupAsync();
        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/meetings", new { heldOn = "2026-02-10" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Sip.Manager, "/api/v1/bus/agenda-templates", new { source = "x", items = DutyList })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await CommonVersionAsync("Gemensam dagordning, hösten 2023", DutyList);
        var meeting = await ScheduleAsync(group, "2026-02-10");
        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/meetings", new { heldOn = "2026-02-10" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/meetings", new { heldOn = "2025-12-01" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        (await _world.GetAsync(_world.County, $"/api/v1/bus/groups/{group}/meetings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{group}/meetings/{meeting}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.Sip.Clinician, $"/api/v1/bus/groups/{group}/meetings/{meeting}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _world.PostAsync(_world.Sip.SocialWorker, $"/api/v1/bus/groups/{group}/meetings", new { heldOn = "2026-02-17" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<Guid> CommonVersionAsync(string source, object[] items) =>
        await (await _world.PostAsync(_world.Coordinator, "/api/v1/bus/agenda-templates", new { source, items })).ShouldBeCreatedAsync();

    private async Task<Guid> ScheduleAsync(Guid group, string heldOn, Guid? templateId = null) =>
        await (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/meetings", new { heldOn, templateId })).ShouldBeCreatedAsync();

    private async Task<JsonElement> MeetingAsync(Guid group, Guid meeting) => await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/meetings/{meeting}");
}
