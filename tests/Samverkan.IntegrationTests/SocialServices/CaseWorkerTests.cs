using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.Notifications;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.SocialServices;

/// <summary>A named case worker (issue 13): assignment by the unit manager, reminders to the person, worklists of the unit.</summary>
public sealed class CaseWorkerTests : IntegrationTest
{
    private SchoolWorld _world = null!;
    private DeadlineWorld _days = null!;

    private TestUser Manager => new("enhetschef.ostermalm.test", _world.OstermalmSocial, ["ostermalm"], [Roles.SocialServicesManager]);

    private TestUser Anna => new("anna.ostermalm.test", _world.OstermalmSocial, ["ostermalm"], [Roles.SocialWorker]);

    private TestUser Bertil => new("bertil.ostermalm.test", _world.OstermalmSocial, ["ostermalm"], [Roles.SocialWorker]);

    private TestUser FarstaManager => new("enhetschef.farsta.test", _world.FarstaSocial, ["farsta"], [Roles.SocialServicesManager]);

    private TestUser FarstaWorker => new("cecilia.farsta.test", _world.FarstaSocial, ["farsta"], [Roles.SocialWorker]);

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _days = new DeadlineWorld(App);
        await RegisterAsync(Manager, Anna, "ostermalm");
        await RegisterAsync(Manager, Bertil, "ostermalm");
        await RegisterAsync(FarstaManager, FarstaWorker, "farsta");
    }

    [Test]
    public async Task Reassignment_moves_the_reminders_to_the_new_case_worker_and_the_overdue_escalates_to_the_manager()
    {
        var intake = await ReportAsync(new DateOnly(2026, 3, 2), new TimeOnly(9, 0));
        await AssignAsync(intake, Anna);

        await _days.DayAsync(new DateOnly(2026, 3, 13));
        (await TitlesAsync(Anna)).ShouldContain("Förhandsbedömning (14 dagar): förfaller 2026-03-16");
        (await TitlesAsync(Bertil)).ShouldNotContain(t => t.StartsWith("Förhandsbedömning", StringComparison.Ordinal));

        App.Time.Set(StockholmCalendar.ToInstant(new DateOnly(2026, 3, 14), new TimeOnly(10, 0)));
        await AssignAsync(intake, Bertil);
        var annasBefore = (await _days.InboxOfAsync(Anna)).Count;
        (await TitlesAsync(Bertil)).ShouldContain("Förhandsbedömning (14 dagar): förfaller 2026-03-16");

        await _days.DayAsync(new DateOnly(2026, 3, 17));
        await _days.DayAsync(new DateOnly(2026, 3, 18));

        (await TitlesAsync(Bertil)).ShouldContain("Förhandsbedömning (14 dagar): försenad (förföll 2026-03-16)");
        (await _days.InboxOfAsync(Anna)).Count.ShouldBe(annasBefore);
        (await TitlesAsync(Manager)).ShouldContain("Förhandsbedömning (14 dagar): försenad, till ansvarig chef");
        (await TitlesAsync(Bertil)).ShouldNotContain("Förhandsbedömning (14 dagar): försenad, till ansvarig chef");

        var read = await GetAsync(Manager, $"/api/v1/social-services/intakes/{intake}");
        read.GetProperty("caseWorkerUserId").GetString().ShouldBe(Bertil.UserName);
        var history = read.GetProperty("assignments").EnumerateArray().ToList();
        history.Count.ShouldBe(2);
        history[1].GetProperty("fromUserId").GetString().ShouldBe(Anna.UserName);
        history[1].GetProperty("toUserId").GetString().ShouldBe(Bertil.UserName);
        history[1].GetProperty("assignedBy").GetString().ShouldBe(Manager.UserName);
    }

    [Test]
    public async Task An_intake_received_after_hours_on_a_Friday_reminds_the_manager_when_still_unassigned_after_Monday_and_stops_once_assigned()
    {
        var intake = await ReportAsync(new DateOnly(2026, 3, 6), new TimeOnly(17, 0));
        var read = await GetAsync(Manager, $"/api/v1/social-services/intakes/{intake}");
        read.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "case-worker-assignment")
            .GetProperty("dueDate").GetString().ShouldBe("2026-03-09");

        await _days.DayAsync(new DateOnly(2026, 3, 9));
        (await TitlesAsync(Manager)).ShouldNotContain(t => t.StartsWith("Handläggare att utse", StringComparison.Ordinal));

        await _days.DayAsync(new DateOnly(2026, 3, 10));
        (await TitlesAsync(Manager)).ShouldContain("Handläggare att utse: försenad (förföll 2026-03-09)");
        (await TitlesAsync(Anna)).ShouldNotContain(t => t.StartsWith("Handläggare att utse", StringComparison.Ordinal));

        await AssignAsync(intake, Anna);
        await _days.DayAsync(new DateOnly(2026, 3, 11));
        await _days.DayAsync(new DateOnly(2026, 3, 12));
        (await TitlesAsync(Manager)).Count(t => t.StartsWith("Handläggare att utse", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Test]
    public async Task Worklists_show_only_the_callers_unit_sorted_by_the_next_legal_date()
    {
        var first = await ReportAsync(new DateOnly(2026, 3, 2), new TimeOnly(9, 0));
        var unassigned = await ReportAsync(new DateOnly(2026, 3, 3), new TimeOnly(9, 0));
        var second = await ReportAsync(new DateOnly(2026, 3, 4), new TimeOnly(9, 0));
        var farsta = await ReportAsync(new DateOnly(2026, 3, 4), new TimeOnly(10, 0), "farsta");
        await AssignAsync(second, Anna);
        await AssignAsync(first, Anna);
        await AssignAsync(farsta, FarstaWorker, FarstaManager);

        var mine = await GetAsync(Anna, "/api/v1/social-services/worklist");
        mine.GetProperty("totalCount").GetInt32().ShouldBe(2);
        var items = mine.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("caseId").GetGuid()).ShouldBe([first, second]);
        items[0].GetProperty("nextLegalDate").GetString().ShouldBe("2026-03-02");
        items[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        items[1].GetProperty("overdue").GetBoolean().ShouldBeFalse();
        (await GetAsync(Anna, "/api/v1/social-services/worklist?sort=-nextLegalDate")).GetProperty("items")[0].GetProperty("caseId").GetGuid().ShouldBe(second);
        (await GetAsync(Anna, "/api/v1/social-services/worklist?overdueOnly=true")).GetProperty("totalCount").GetInt32().ShouldBe(1);

        var others = await GetAsync(FarstaWorker, "/api/v1/social-services/worklist");
        others.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetGuid()).ShouldBe([farsta]);

        var unit = await GetAsync(Manager, "/api/v1/social-services/unit-worklist");
        unit.GetProperty("totalCount").GetInt32().ShouldBe(3);
        var rows = unit.GetProperty("items").EnumerateArray().ToList();
        rows[0].GetProperty("caseId").GetGuid().ShouldBe(unassigned);
        rows[0].GetProperty("caseWorkerUserId").ValueKind.ShouldBe(JsonValueKind.Null);
        rows.Skip(1).Select(r => r.GetProperty("caseWorkerUserId").GetString()).ShouldAllBe(w => w == Anna.UserName);
        (await GetAsync(FarstaManager, "/api/v1/social-services/unit-worklist")).GetProperty("totalCount").GetInt32().ShouldBe(1);

        using var worker = App.ClientFor(Anna);
        (await worker.GetAsync("/api/v1/social-services/unit-worklist")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await worker.GetAsync("/api/v1/social-services/worklist?sort=bogus")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Assigning_someone_outside_the_unit_is_refused_naming_the_field_and_only_a_manager_assigns()
    {
        var intake = await ReportAsync(new DateOnly(2026, 3, 2), new TimeOnly(9, 0));
        await AssignAsync(intake, Anna);

        using var manager = App.ClientFor(Manager);
        var outside = await manager.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/case-worker", new { caseWorkerUserId = FarstaWorker.UserName });
        outside.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await outside.Content.ReadAsStringAsync()).ShouldContain("caseWorkerUserId");

        using var worker = App.ClientFor(Anna);
        (await worker.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/case-worker", new { caseWorkerUserId = Bertil.UserName }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var farstaManager = App.ClientFor(FarstaManager);
        (await farstaManager.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/case-worker", new { caseWorkerUserId = FarstaWorker.UserName }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/social-services/intakes/{intake}/case-worker") { Content = JsonContent.Create(new { caseWorkerUserId = Bertil.UserName }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        (await manager.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var read = await GetAsync(Manager, $"/api/v1/social-services/intakes/{intake}");
        read.GetProperty("caseWorkerUserId").GetString().ShouldBe(Anna.UserName);
        read.GetProperty("assignments").GetArrayLength().ShouldBe(1);
    }

    private async Task RegisterAsync(TestUser manager, TestUser caseWorker, string district)
    {
        using var client = App.ClientFor(manager);
        var response = await client.PostAsJsonAsync("/api/v1/social-services/case-workers", new { userId = caseWorker.UserName, name = caseWorker.UserName, districtCode = district });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> ReportAsync(DateOnly day, TimeOnly at, string homeDistrict = "ostermalm")
    {
        App.Time.Set(StockholmCalendar.ToInstant(day, at));
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2013, 5, 10 + day.Day % 10), serial: homeDistrict == "farsta" ? "237" : "238", homeDistrict: homeDistrict);
        await _world.ReportConcernAsync(pupil);
        var viewer = homeDistrict == "farsta" ? FarstaManager : Manager;
        var page = await GetAsync(viewer, "/api/v1/social-services/intakes");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private async Task AssignAsync(Guid intake, TestUser caseWorker, TestUser? manager = null)
    {
        using var client = App.ClientFor(manager ?? Manager);
        var response = await client.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/case-worker", new { caseWorkerUserId = caseWorker.UserName });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        await App.DrainOutboxAsync();
    }

    private async Task<JsonElement> GetAsync(TestUser user, string path)
    {
        using var client = App.ClientFor(user);
        return await (await client.GetAsync(path)).ShouldBeOkJsonAsync();
    }

    private async Task<List<string>> TitlesAsync(TestUser user) => [.. (await _days.InboxOfAsync(user)).Select(n => n.Title)];
}
