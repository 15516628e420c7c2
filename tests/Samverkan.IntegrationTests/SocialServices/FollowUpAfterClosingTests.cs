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

/// <summary>Follow-up of the child after an investigation closed without measures (23 kap. SoL, issue 13).</summary>
public sealed class FollowUpAfterClosingTests : IntegrationTest
{
    private const string Label = "Uppföljning efter avslutad utredning";

    private SchoolWorld _world = null!;
    private DeadlineWorld _days = null!;

    // Reports a minute apart, so "the newest intake" is always the one just made.
    private int _minute;

    private TestUser Manager => new("enhetschef.ostermalm.test", _world.OstermalmSocial, ["ostermalm"], [Roles.SocialServicesManager]);

    private TestUser CaseWorker => _world.SocialWorker;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _days = new DeadlineWorld(App);
        using var manager = App.ClientFor(Manager);
        var registered = await manager.PostAsJsonAsync("/api/v1/social-services/case-workers", new { userId = CaseWorker.UserName, name = "Anna Handläggare", districtCode = "ostermalm" });
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_end_day_is_a_deadline_reminded_to_the_case_worker_escalated_to_the_manager_and_met_by_the_outcome()
    {
        var investigation = await ClosedInvestigationAsync(assignTo: CaseWorker);

        var followUp = await DecideAsync(investigation, "2027-02-28", childBornOn: "2013-05-10");

        var read = await GetAsync(followUp);
        read.GetProperty("closedOn").GetString().ShouldBe("2026-08-31");
        read.GetProperty("latestEndsOn").GetString().ShouldBe("2027-02-28"); // six months from 31 August: the end month's last day
        var deadline = read.GetProperty("deadline");
        deadline.GetProperty("dueDate").GetString().ShouldBe("2027-02-28");
        deadline.GetProperty("ruleReference").GetString().ShouldBe("23 kap. 1-5 §§ SoL (2025:400) [11 kap. 4 a-c §§ SoL (2001:453)]");
        var worklist = await GetJsonAsync(CaseWorker, "/api/v1/social-services/worklist");
        worklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("caseId").GetGuid() == investigation)
            .GetProperty("nextLegalDate").GetString().ShouldBe("2027-02-28");

        await _days.DayAsync(new DateOnly(2027, 2, 14));
        (await TitlesAsync(CaseWorker)).ShouldContain($"{Label}: förfaller 2027-02-28");
        await _days.DayAsync(new DateOnly(2027, 3, 1));
        await _days.DayAsync(new DateOnly(2027, 3, 4));
        (await TitlesAsync(CaseWorker)).ShouldContain($"{Label}: försenad (förföll 2027-02-28)");
        (await TitlesAsync(Manager)).ShouldContain($"{Label}: försenad, till ansvarig chef");

        App.Time.Set(StockholmCalendar.ToInstant(new DateOnly(2027, 3, 5), new TimeOnly(9, 0)));
        using var social = App.ClientFor(CaseWorker);
        (await social.PostAsJsonAsync($"/api/v1/social-services/follow-ups/{followUp}/outcome", new { outcome = "no-further-action", note = "Skolgången är stabil", endedOn = "2027-03-05" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var ended = await GetAsync(followUp);
        ended.GetProperty("outcome").GetString().ShouldBe("no-further-action");
        ended.GetProperty("endedOn").GetString().ShouldBe("2027-03-05");
        ended.GetProperty("deadline").GetProperty("status").GetString().ShouldBe("Met");
        var reminders = (await TitlesAsync(CaseWorker)).Count(t => t.StartsWith(Label, StringComparison.Ordinal));
        await _days.DayAsync(new DateOnly(2027, 3, 10));
        (await TitlesAsync(CaseWorker)).Count(t => t.StartsWith(Label, StringComparison.Ordinal)).ShouldBe(reminders);
        (await social.PostAsJsonAsync($"/api/v1/social-services/follow-ups/{followUp}/outcome", new { outcome = "moved", endedOn = "2027-03-10" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task A_follow_up_is_decided_once_for_a_closed_investigation_without_measures_ending_at_most_six_months_after_the_closing()
    {
        OnMay4th();
        var open = await _world.OpenInvestigationAsync(await _world.RegisterPupilAsync(new DateOnly(2013, 5, 11)));
        using var social = App.ClientFor(CaseWorker);
        (await (await PostDecisionAsync(social, open, "2026-06-30", "2013-05-11")).ShouldBreakRuleAsync()).ShouldStartWith("23 kap. 1-5 §§ SoL");

        var investigation = await ClosedInvestigationAsync();
        var tooLate = await PostDecisionAsync(social, investigation, "2027-03-01", "2013-05-10");
        (await tooLate.ShouldBreakRuleAsync()).ShouldBe("23 kap. 1-5 §§ SoL (2025:400) [11 kap. 4 a-c §§ SoL (2001:453)]");
        (await tooLate.Content.ReadAsStringAsync()).ShouldContain("2027-02-28");
        (await (await PostDecisionAsync(social, investigation, "2027-01-31", childBornOn: null)).Content.ReadAsStringAsync()).ShouldContain("childBornOn");
        var noEnd = await social.PostAsJsonAsync($"/api/v1/social-services/investigations/{investigation}/follow-up", new { decidedOn = "2026-08-31", reason = "Oro" });
        (await noEnd.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("endsOn", Case.Insensitive);

        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        (await PostDecisionAsync(farsta, investigation, "2027-02-28", "2013-05-10")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var school = App.ClientFor(_world.Principal); // a school never learns that a case exists
        (await PostDecisionAsync(school, investigation, "2027-02-28", "2013-05-10")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await PostDecisionAsync(social, investigation, "2027-02-28", "2013-05-10")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await PostDecisionAsync(social, investigation, "2027-01-31", "2013-05-10")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM social_services.follow_ups_after_closing")).ShouldBe(1);

        var withMeasures = await ClosedInvestigationAsync(born: new DateOnly(2013, 5, 12), intervention: true);
        (await (await PostDecisionAsync(social, withMeasures, "2027-02-28", "2013-05-12")).Content.ReadAsStringAsync()).ShouldContain("interventions");
    }

    [Test]
    public async Task Contacts_with_others_need_the_guardians_consent_and_from_15_the_childs_and_a_withdrawal_stops_them_from_that_day()
    {
        // A police report naming a girl born 2011-03-10: she is 15 during the follow-up, and her number gives her age.
        App.Time.Set(StockholmCalendar.ToInstant(new DateOnly(2026, 5, 4), new TimeOnly(9, 0)));
        using var social = App.ClientFor(CaseWorker);
        var number = SchoolWorld.Pin(new DateOnly(2011, 3, 10), "238");
        var intake = await (await social.PostAsJsonAsync("/api/v1/social-services/intakes", new
        {
            districtCode = "ostermalm", receivedAt = "2026-05-04T08:00:00+02:00", channel = "phone", reporterKind = "police",
            reporterOrganisationName = "Polisen region Stockholm", contactName = "Kim Berg", childIdentityNumber = number,
        })).ShouldBeOkJsonAsync();
        var decision = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake.GetGuid()}/decision", new { openInvestigation = true, reasons = "Oro i hemmet" });
        var investigation = (await decision.ShouldBeOkJsonAsync()).GetProperty("investigationId").GetGuid();
        await CompleteAsync(investigation);
        (await (await PostDecisionAsync(social, investigation, "2027-02-28", "2011-03-11")).Content.ReadAsStringAsync()).ShouldContain("differs");
        var followUp = await DecideAsync(investigation, "2027-02-28", childBornOn: null);
        (await GetAsync(followUp)).GetProperty("childBornOn").GetString().ShouldBe("2011-03-10");
        App.Time.Set(StockholmCalendar.ToInstant(new DateOnly(2026, 9, 20), new TimeOnly(9, 0)));

        (await ContactAsync(followUp, "guardian", null, "2026-09-01")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await ContactAsync(followUp, "other", "skolan", "2026-09-02")).ShouldBreakRuleAsync()).ShouldBe("23 kap. 1-5 §§ SoL (2025:400) [11 kap. 4 c § SoL (2001:453)]");
        await ConsentAsync(followUp, "guardian", "written", "2026-09-02");
        var withoutChild = await ContactAsync(followUp, "other", "skolan", "2026-09-02");
        (await withoutChild.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("15 years");
        var child = await ConsentAsync(followUp, "child", "oral", "2026-09-02");
        (await ContactAsync(followUp, "other", "skolan", "2026-09-03")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await social.PostAsJsonAsync($"/api/v1/social-services/follow-ups/{followUp}/consents/{child}/withdrawal", new { withdrawnOn = "2026-09-10" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ContactAsync(followUp, "other", "BVC", "2026-09-10")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ContactAsync(followUp, "other", "skolan", "2026-09-09")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ContactAsync(followUp, "child", null, "2026-09-15")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await social.PostAsJsonAsync($"/api/v1/social-services/follow-ups/{followUp}/consents/{child}/withdrawal", new { withdrawnOn = "2026-09-12" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ContactAsync(followUp, "other", null, "2026-09-15")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var read = await GetAsync(followUp);
        var consents = read.GetProperty("consents").EnumerateArray().ToList();
        consents.Select(c => c.GetProperty("givenBy").GetString()).ShouldBe(["guardian", "child"], ignoreOrder: true);
        consents.Single(c => c.GetProperty("givenBy").GetString() == "child").GetProperty("withdrawnOn").GetString().ShouldBe("2026-09-10");
        consents.ShouldAllBe(c => c.GetProperty("documentedBy").GetString() == CaseWorker.UserName);
        read.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("party").GetString()).ShouldBe(["guardian", "other", "other", "child"]);
        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        (await farsta.GetAsync($"/api/v1/social-services/follow-ups/{followUp}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestDatabase.ScalarAsync<long>(
            $"SELECT count(*) FROM social_services.audit_entries WHERE subject_id = '{investigation}' AND operation LIKE 'follow-up-%'")).ShouldBe(8);
    }

    [Test]
    public async Task A_report_joined_to_an_assigned_investigation_goes_to_its_case_worker_without_an_assignment_deadline()
    {
        OnMay4th();
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2013, 5, 10));
        var investigation = await _world.OpenInvestigationAsync(pupil);
        await AssignInvestigationAsync(investigation, CaseWorker);
        OnMay4th();
        var unassignedPupil = await _world.RegisterPupilAsync(new DateOnly(2013, 5, 11));
        var unassigned = await _world.OpenInvestigationAsync(unassignedPupil);

        OnMay4th();
        await _world.ReportConcernAsync(pupil);
        var joined = await GetJsonAsync(Manager, $"/api/v1/social-services/intakes/{await _world.LatestIntakeAsync()}");
        OnMay4th();
        await _world.ReportConcernAsync(unassignedPupil);
        var joinedUnassigned = await GetJsonAsync(Manager, $"/api/v1/social-services/intakes/{await _world.LatestIntakeAsync()}");

        joined.GetProperty("joinedInvestigationId").GetGuid().ShouldBe(investigation);
        joined.GetProperty("caseWorkerUserId").GetString().ShouldBe(CaseWorker.UserName);
        joined.GetProperty("assignments")[0].GetProperty("assignedBy").GetString().ShouldBe("joined-investigation");
        Kinds(joined).ShouldBe(["protection-assessment"]);
        joinedUnassigned.GetProperty("joinedInvestigationId").GetGuid().ShouldBe(unassigned);
        joinedUnassigned.GetProperty("caseWorkerUserId").ValueKind.ShouldBe(JsonValueKind.Null);
        Kinds(joinedUnassigned).ShouldBe(["case-worker-assignment", "protection-assessment"], ignoreOrder: true);

        await _days.DayAsync(new DateOnly(2026, 5, 4));
        (await TitlesAsync(CaseWorker)).ShouldContain("Skyddsbedömning: förfaller i dag");
    }

    private async Task<Guid> ClosedInvestigationAsync(TestUser? assignTo = null, DateOnly? born = null, bool intervention = false)
    {
        OnMay4th();
        var investigation = await _world.OpenInvestigationAsync(await _world.RegisterPupilAsync(born ?? new DateOnly(2013, 5, 10)));
        if (assignTo is not null)
        {
            await AssignInvestigationAsync(investigation, assignTo);
        }

        // Told at once, so the only legal date left after the closing is the follow-up's.
        using (var informing = App.ClientFor(CaseWorker))
        {
            (await informing.PostAsJsonAsync($"/api/v1/social-services/investigations/{investigation}/affected-informed", new { informedOn = "2026-05-04", informedWho = "vårdnadshavare och barnet", how = "brev" }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        if (intervention)
        {
            using var social = App.ClientFor(CaseWorker);
            var started = await social.PostAsJsonAsync($"/api/v1/social-services/investigations/{investigation}/interventions", new
            {
                kind = "family-treatment", consentGivenBy = "båda vårdnadshavarna", consentGivenOn = "2026-05-04", startedOn = "2026-05-04",
            });
            started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        }

        await CompleteAsync(investigation);
        return investigation;
    }

    private void OnMay4th() => App.Time.Set(StockholmCalendar.ToInstant(new DateOnly(2026, 5, 4), new TimeOnly(9, _minute++)));

    private async Task CompleteAsync(Guid investigation)
    {
        App.Time.Set(StockholmCalendar.ToInstant(new DateOnly(2026, 8, 31), new TimeOnly(10, 0)));
        using var social = App.ClientFor(CaseWorker);
        (await social.PostAsync($"/api/v1/social-services/investigations/{investigation}/completion", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private async Task AssignInvestigationAsync(Guid investigation, TestUser caseWorker)
    {
        using var manager = App.ClientFor(Manager);
        var response = await manager.PostAsJsonAsync($"/api/v1/social-services/investigations/{investigation}/case-worker", new { caseWorkerUserId = caseWorker.UserName });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PostDecisionAsync(HttpClient client, Guid investigation, string endsOn, string? childBornOn) =>
        client.PostAsJsonAsync($"/api/v1/social-services/investigations/{investigation}/follow-up", new
        {
            decidedOn = "2026-08-31", endsOn, reason = "Oro kvarstår för skolgången", childBornOn,
        });

    private async Task<Guid> DecideAsync(Guid investigation, string endsOn, string? childBornOn)
    {
        using var social = App.ClientFor(CaseWorker);
        var response = await PostDecisionAsync(social, investigation, endsOn, childBornOn);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    private async Task<Guid> ConsentAsync(Guid followUp, string givenBy, string form, string givenOn)
    {
        using var social = App.ClientFor(CaseWorker);
        var response = await social.PostAsJsonAsync($"/api/v1/social-services/follow-ups/{followUp}/consents", new { givenBy, form, givenOn });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    private async Task<HttpResponseMessage> ContactAsync(Guid followUp, string party, string? otherParty, string heldOn)
    {
        using var social = App.ClientFor(CaseWorker);
        return await social.PostAsJsonAsync($"/api/v1/social-services/follow-ups/{followUp}/contacts", new { party, otherParty, heldOn });
    }

    private Task<JsonElement> GetAsync(Guid followUp) => GetJsonAsync(CaseWorker, $"/api/v1/social-services/follow-ups/{followUp}");

    private async Task<JsonElement> GetJsonAsync(TestUser user, string path)
    {
        using var client = App.ClientFor(user);
        return await (await client.GetAsync(path)).ShouldBeOkJsonAsync();
    }

    private static List<string?> Kinds(JsonElement intake) => [.. intake.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("kind").GetString())];

    private async Task<List<string>> TitlesAsync(TestUser user) => [.. (await _days.InboxOfAsync(user)).Select(n => n.Title)];
}
