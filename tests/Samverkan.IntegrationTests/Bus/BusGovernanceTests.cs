using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.Notifications;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>A group's governing document (local agreement or action plan), its activities through the deadline engine, and the city's overview (issue 15).</summary>
public sealed class BusGovernanceTests : IntegrationTest
{
    private BusWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await BusWorld.CreateAsync(App);

    [Test]
    public async Task An_action_plan_without_an_end_takes_the_configured_period_labelled_with_its_source_and_periods_of_a_group_do_not_overlap()
    {
        var group = await _world.CreateGroupAsync();
        var plan = await CreateDocumentAsync(group, new { kind = "local-action-plan", periodFrom = "2026-01-01", usesCommonTemplate = true, priorities = new[] { "Kortare väntan på remissvar", "Skolor med i gruppen" } });

        var seen = await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/governing-documents/{plan}");
        seen.GetProperty("kind").GetString().ShouldBe("local-action-plan");
        seen.GetProperty("periodTo").GetString().ShouldBe("2027-01-01");
        seen.GetProperty("periodSource").GetString()!.ShouldContain("Bus:GoverningDocuments");
        seen.GetProperty("reportDueOn").GetString().ShouldBe("2027-01-01");
        seen.GetProperty("isCurrent").GetBoolean().ShouldBeTrue();
        seen.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("text").GetString()).ShouldBe(["Kortare väntan på remissvar", "Skolor med i gruppen"]);

        (await PostDocumentAsync(group, new { kind = "local-agreement", periodFrom = "2026-06-01", periodTo = "2027-06-01", usesCommonTemplate = false, priorities = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var next = await CreateDocumentAsync(group, new { kind = "local-agreement", periodFrom = "2027-01-01", periodTo = "2028-07-01", usesCommonTemplate = false, priorities = Array.Empty<string>(), reportDueOn = "2028-06-15" });
        var agreement = await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/governing-documents/{next}");
        agreement.GetProperty("periodSource").GetString().ShouldBe("Vald av BUS-gruppen");
        agreement.GetProperty("isCurrent").GetBoolean().ShouldBeFalse();

        var list = await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/governing-documents");
        list.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldBe([next, plan]);

        (await PostDocumentAsync(group, new { kind = "local-action-plan", periodFrom = "2025-06-01", usesCommonTemplate = false, priorities = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PostDocumentAsync(group, new { kind = "strategy", periodFrom = "2029-01-01", usesCommonTemplate = false, priorities = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await PostDocumentAsync(group, new { kind = "local-action-plan", periodFrom = "2029-01-01", usesCommonTemplate = false, priorities = new[] { "Ärendet 140402-1234 visar bristen" } }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Milestones_follow_ups_and_the_report_are_recorded_and_a_reported_document_is_fixed()
    {
        var group = await _world.CreateGroupAsync();
        var plan = await CreateDocumentAsync(group, new { kind = "local-action-plan", periodFrom = "2026-01-01", usesCommonTemplate = true, priorities = new[] { "Alla parter representerade" } });
        var path = $"/api/v1/bus/groups/{group}/governing-documents/{plan}";

        var milestone = await (await _world.PostAsync(_world.Sip.Manager, $"{path}/milestones", new { title = "Alla parter representerade", dueOn = "2026-06-01" })).ShouldBeCreatedAsync();
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/milestones/{milestone}/reached", new { on = "2026-03-01" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/milestones/{milestone}/reached", new { on = "2026-03-02" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/follow-ups", new { on = "2026-03-02", note = "Polisen har utsett en representant." })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/report", new { on = "2026-03-05" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/report", new { on = "2026-03-02" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var seen = await _world.GetJsonAsync(_world.Sip.Manager, path);
        seen.GetProperty("milestones")[0].GetProperty("reachedOn").GetString().ShouldBe("2026-03-01");
        seen.GetProperty("followUps")[0].GetProperty("note").GetString().ShouldBe("Polisen har utsett en representant.");
        seen.GetProperty("reportedOn").GetString().ShouldBe("2026-03-02");
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/milestones", new { title = "För sent", dueOn = "2026-09-01" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task An_overdue_activity_is_reminded_to_its_owner_and_escalated_and_completing_it_meets_its_deadline()
    {
        var group = await _world.CreateGroupAsync();
        await FillSocialServicesSeatAsync(group);
        var plan = await CreateDocumentAsync(group, new { kind = "local-action-plan", periodFrom = "2026-01-01", usesCommonTemplate = true, priorities = new[] { "Remisser" } });
        var path = $"/api/v1/bus/groups/{group}/governing-documents/{plan}";

        (await _world.PostAsync(_world.Sip.Manager, $"{path}/activities", new { title = "Rutin för remisser", ownerOrganisationId = _world.Sip.Bup, ownerName = "BUP Norr", dueOn = "2026-03-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var activity = await (await _world.PostAsync(_world.Sip.Manager, $"{path}/activities", new
        {
            title = "Rutin för remisser", ownerOrganisationId = _world.Sip.OstermalmSocial, ownerUserId = _world.Sip.SocialWorker.UserName, ownerName = "Socialsekreterare, mottagning", dueOn = "2026-03-20",
        })).ShouldBeCreatedAsync();
        await App.DrainOutboxAsync();

        var days = new DeadlineWorld(App);
        await days.DayAsync(new DateOnly(2026, 3, 13));
        (await days.InboxOfAsync(_world.Sip.SocialWorker)).Select(n => n.Title).ShouldContain("Aktivitet i BUS-gruppens handlingsplan: förfaller 2026-03-20");
        await days.DayAsync(new DateOnly(2026, 3, 23));
        (await days.InboxOfAsync(_world.Sip.SocialWorker)).Select(n => n.Title).ShouldContain("Aktivitet i BUS-gruppens handlingsplan: försenad (förföll 2026-03-20)");
        (await _world.GetJsonAsync(_world.Sip.Manager, path)).GetProperty("activities")[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        await days.DayAsync(new DateOnly(2026, 3, 31));
        (await days.InboxOfAsync(_world.Sip.Manager)).Select(n => n.Title).ShouldContain("Aktivitet i BUS-gruppens handlingsplan: försenad, till ansvarig chef");

        (await _world.PostAsync(_world.Sip.Manager, $"{path}/activities/{activity}/completion", new { on = "2026-03-31" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var done = (await _world.GetJsonAsync(_world.Sip.Manager, path)).GetProperty("activities")[0];
        done.GetProperty("completedOn").GetString().ShouldBe("2026-03-31");
        done.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        (await TestDatabase.ScalarAsync<string>("SELECT status FROM bus.deadlines WHERE subject_id = $1", activity)).ShouldBe("Met");
        (await _world.PostAsync(_world.Sip.Manager, $"{path}/activities/{activity}/completion", new { on = "2026-03-31" })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task The_central_overview_shows_which_groups_have_a_current_plan_use_the_template_and_have_reported()
    {
        var ostermalm = await _world.CreateGroupAsync("BUS Östermalm", "2026-01-01", "ostermalm");
        await _world.CreateGroupAsync("BUS Farsta", "2026-01-01", "farsta");
        var plan = await CreateDocumentAsync(ostermalm, new { kind = "local-action-plan", periodFrom = "2026-01-01", periodTo = "2026-12-31", usesCommonTemplate = true, priorities = new[] { "Remisser" }, reportDueOn = "2026-02-28" });
        var overdue = await _world.GetJsonAsync(_world.Coordinator, "/api/v1/bus/governing-documents/overview");
        overdue.GetProperty("perGroup").EnumerateArray().Single(g => g.GetProperty("groupId").GetGuid() == ostermalm).GetProperty("reportOverdue").GetBoolean().ShouldBeTrue();
        (await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{ostermalm}/governing-documents/{plan}/report", new { on = "2026-03-01" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var overview = await _world.GetJsonAsync(_world.Coordinator, "/api/v1/bus/governing-documents/overview?on=2026-03-02");
        overview.GetProperty("groups").GetInt32().ShouldBe(2);
        overview.GetProperty("withCurrentPlan").GetInt32().ShouldBe(1);
        overview.GetProperty("usingCommonTemplate").GetInt32().ShouldBe(1);
        overview.GetProperty("reported").GetInt32().ShouldBe(1);
        var rows = overview.GetProperty("perGroup").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("groupName").GetString()).ShouldBe(["BUS Farsta", "BUS Östermalm"]);
        rows[0].GetProperty("hasCurrentPlan").GetBoolean().ShouldBeFalse();
        rows[1].GetProperty("kind").GetString().ShouldBe("local-action-plan");
        rows[1].GetProperty("reported").GetBoolean().ShouldBeTrue();
        rows[1].GetProperty("reportOverdue").GetBoolean().ShouldBeFalse();

        var before = await _world.GetJsonAsync(_world.Coordinator, "/api/v1/bus/governing-documents/overview?on=2025-12-31");
        before.GetProperty("groups").GetInt32().ShouldBe(0);
        (await _world.GetAsync(_world.Sip.Manager, "/api/v1/bus/governing-documents/overview")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.County, "/api/v1/bus/governing-documents/overview")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_group_s_governing_documents_are_for_its_parties_and_only_managers_in_a_party_write_them()
    {
        var group = await _world.CreateGroupAsync();
        var plan = await CreateDocumentAsync(group, new { kind = "local-action-plan", periodFrom = "2026-01-01", usesCommonTemplate = true, priorities = new[] { "Remisser" } });

        (await _world.GetAsync(_world.County, $"/api/v1/bus/groups/{group}/governing-documents")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{group}/governing-documents/{plan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{group}/governing-documents/{plan}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _world.PostAsync(_world.Sip.SocialWorker, $"/api/v1/bus/groups/{group}/governing-documents/{plan}/follow-ups", new { on = "2026-03-02", note = "Uppföljning" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.GetAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/governing-documents/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task FillSocialServicesSeatAsync(Guid group) =>
        (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{group}/seats", new { partyKind = "social-services", organisationId = _world.Sip.OstermalmSocial, representativeName = "Enhetschef", since = "2026-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

    private Task<HttpResponseMessage> PostDocumentAsync(Guid group, object body) => _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{group}/governing-documents", body);

    private async Task<Guid> CreateDocumentAsync(Guid group, object body) => await (await PostDocumentAsync(group, body)).ShouldBeCreatedAsync();
}
