using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.Notifications;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>Measures in full: responsible organisation and person, dates planned and actual, the family's part, effect, other organisations' own plans; the overdue measure reminded and escalated.</summary>
public sealed class SipMeasureTests : IntegrationTest
{
    private SipWorld _world = null!;
    private Guid _plan;

    [SetUp]
    public async Task CreatePlan()
    {
        _world = await SipWorld.CreateAsync(App);
        _plan = await _world.PlanInPreparationAsync(withDraft: false);
    }

    private object SocialMeasure(Guid? id = null, string description = "Föräldrastöd i grupp", string due = "2026-04-10") => new
    {
        id, description, responsibleOrganisationId = _world.OstermalmSocial, responsiblePerson = "Eva Lund", responsibleUserId = _world.SocialWorker.UserName,
        startDate = "2026-03-09", dueDate = due, status = "planned", familyPart = "Mamma och pappa går på träffarna varannan torsdag",
    };

    private object SchoolMeasure(Guid? id = null) => new
    {
        id, description = "Anpassad studiegång i matematik", responsibleOrganisationId = _world.School, responsiblePerson = "Rektor Maria Holm", responsibleUserId = _world.Principal.UserName,
        startDate = "2026-03-16", dueDate = "2026-06-12", status = "planned", ownPlanReference = "Åtgärdsprogram 2026-03-09, Engelbrektsskolan",
    };

    private async Task<JsonElement> MeasuresAsync() => (await _world.GetAsync(_world.SocialWorker, _plan)).GetProperty("content").GetProperty("measures");

    private async Task AgreeAsync()
    {
        (await _world.ApproveAsync(_world.SocialWorker, _plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await _world.ApproveAsync(_world.Clinician, _plan)).ShouldBeOkJsonAsync()).GetProperty("agreed").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task A_measure_names_who_does_it_when_the_familys_part_and_another_organisations_own_plan()
    {
        (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure(), SchoolMeasure()])).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var measures = await MeasuresAsync();
        var social = measures[0];
        social.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
        social.GetProperty("responsiblePerson").GetString().ShouldBe("Eva Lund");
        social.GetProperty("responsibleUserId").GetString().ShouldBe(_world.SocialWorker.UserName);
        social.GetProperty("familyPart").GetString().ShouldBe("Mamma och pappa går på träffarna varannan torsdag");
        social.GetProperty("ownPlanReference").ValueKind.ShouldBe(JsonValueKind.Null);
        var school = measures[1];
        school.GetProperty("responsibleOrganisationId").GetGuid().ShouldBe(_world.School);
        school.GetProperty("ownPlanReference").GetString().ShouldBe("Åtgärdsprogram 2026-03-09, Engelbrektsskolan");
        school.GetProperty("startDate").GetString().ShouldBe("2026-03-16");
        school.GetProperty("dueDate").GetString().ShouldBe("2026-06-12");

        // The municipality's and the region's measures are the plan itself; an own plan reference is for the others.
        var wrong = new
        {
            description = "Samtal", responsibleOrganisationId = _world.Bup, responsiblePerson = "Kim Berg", startDate = "2026-03-16", dueDate = "2026-06-12", status = "planned",
            ownPlanReference = "Vårdplan",
        };
        (await (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [wrong])).ShouldBreakRuleAsync()).ShouldBe("Own plan of another organisation");
        var outsider = new { description = "Läxhjälp", responsibleOrganisationId = _world.OtherSchool, responsiblePerson = "Rektor", startDate = "2026-03-16", dueDate = "2026-06-12", status = "planned" };
        (await (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [outsider])).ShouldBreakRuleAsync()).ShouldBe("Measure by a participant");
    }

    [Test]
    public async Task Progress_is_recorded_by_the_responsible_organisation_without_a_new_version_and_kept_when_the_draft_is_rewritten()
    {
        (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure(), SchoolMeasure()])).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await AgreeAsync();
        var schoolMeasure = (await MeasuresAsync())[1].GetProperty("id").GetGuid();

        (await _world.PostAsync(_world.Principal, _plan, $"measures/{schoolMeasure}/progress", new { status = "ongoing", actualStartDate = "2026-03-18" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Clinician, _plan, $"measures/{schoolMeasure}/progress", new { status = "ongoing", actualStartDate = "2026-03-18" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.PostAsync(_world.OtherPrincipal, _plan, $"measures/{schoolMeasure}/progress", new { status = "ongoing" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.PostAsync(_world.FarstaSocialWorker, _plan, $"measures/{schoolMeasure}/progress", new { status = "ongoing" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await _world.PostAsync(_world.Principal, _plan, $"measures/{schoolMeasure}/progress", new { status = "delivered", actualStartDate = "2026-03-18" })).ShouldBreakRuleAsync())
            .ShouldBe("Delivered measure ended");
        (await (await _world.PostAsync(_world.Principal, _plan, $"measures/{Guid.NewGuid()}/progress", new { status = "ongoing" })).ShouldBreakRuleAsync()).ShouldBe("Measure of the plan");
        (await _world.PostAsync(_world.Principal, _plan, $"measures/{schoolMeasure}/progress", new { status = "finished" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var seen = await _world.GetAsync(_world.SocialWorker, _plan);
        seen.GetProperty("status").GetString().ShouldBe("agreed");
        seen.GetProperty("agreedVersions").GetInt32().ShouldBe(1);
        seen.GetProperty("content").GetProperty("measures")[1].GetProperty("status").GetString().ShouldBe("ongoing");
        seen.GetProperty("content").GetProperty("measures")[1].GetProperty("actualStartDate").GetString().ShouldBe("2026-03-18");

        // The follow-up judges the effect; a rewrite naming the measure keeps its progress and effect.
        (await _world.PostAsync(_world.SocialWorker, _plan, "follow-ups", new
        {
            heldOn = "2026-05-04", nextFollowUpDate = "2026-08-24", effects = new[] { new { measureId = schoolMeasure, effect = "Alva klarar matteproven" } },
        })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure(), SchoolMeasure(schoolMeasure)], "2026-08-24")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var rewritten = (await MeasuresAsync()).EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == schoolMeasure);
        rewritten.GetProperty("effectJudgement").GetString().ShouldBe("Alva klarar matteproven");
        rewritten.GetProperty("actualStartDate").GetString().ShouldBe("2026-03-18");
        (await (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure(Guid.NewGuid())])).ShouldBreakRuleAsync()).ShouldBe("Measure of the plan");
    }

    [Test]
    public async Task An_overdue_measure_reminds_the_responsible_person_and_escalates()
    {
        (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure(), SchoolMeasure()])).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await AgreeAsync();
        await App.DrainOutboxAsync();
        var measures = await MeasuresAsync();
        var deadlines = (await _world.GetAsync(_world.SocialWorker, _plan)).GetProperty("deadlines").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "sip-measure-due").ToList();
        deadlines.Select(d => (d.GetProperty("subjectId").GetGuid(), d.GetProperty("dueDate").GetString())).ShouldBe(
            [(measures[0].GetProperty("id").GetGuid(), "2026-04-10"), (measures[1].GetProperty("id").GetGuid(), "2026-06-12")], ignoreOrder: true);

        var days = new DeadlineWorld(App);
        await days.DayAsync(new DateOnly(2026, 4, 3));
        (await days.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldContain("Insats i SIP: förfaller 2026-04-10");
        await days.DayAsync(new DateOnly(2026, 4, 13));
        (await days.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldContain("Insats i SIP: försenad (förföll 2026-04-10)");
        await days.DayAsync(new DateOnly(2026, 4, 21));
        (await days.InboxOfAsync(_world.Manager)).Select(n => n.Title).ShouldContain("Insats i SIP: försenad, till ansvarig chef");
        // The school's measure reminds the school's responsible person, not the social worker.
        await days.DayAsync(new DateOnly(2026, 6, 5));
        (await days.InboxOfAsync(_world.Principal)).Select(n => n.Title).ShouldContain("Insats i SIP: förfaller 2026-06-12");
        (await days.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldNotContain("Insats i SIP: förfaller 2026-06-12");
    }

    [Test]
    public async Task A_measure_delivered_on_time_meets_its_deadline_and_reminds_no_one()
    {
        (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure()])).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await AgreeAsync();
        var measure = (await MeasuresAsync())[0].GetProperty("id").GetGuid();
        App.Time.Advance(TimeSpan.FromMinutes(5));

        (await _world.PostAsync(_world.SocialWorker, _plan, $"measures/{measure}/progress", new { status = "delivered", actualStartDate = "2026-03-09", actualEndDate = "2026-04-02" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await App.DrainOutboxAsync();

        (await _world.GetAsync(_world.SocialWorker, _plan)).GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "sip-measure-due")
            .GetProperty("status").GetString().ShouldBe("Met");
        var days = new DeadlineWorld(App);
        await days.DayAsync(new DateOnly(2026, 4, 3));
        await days.DayAsync(new DateOnly(2026, 4, 21));
        (await days.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldNotContain(t => t.StartsWith("Insats i SIP"));
        (await days.InboxOfAsync(_world.Manager)).Select(n => n.Title).ShouldNotContain(t => t.StartsWith("Insats i SIP"));
    }

    [Test]
    public async Task A_measure_taken_out_of_the_plan_or_moved_stops_its_old_deadline()
    {
        (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure(), SchoolMeasure()])).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await AgreeAsync();
        var measures = await MeasuresAsync();
        var social = measures[0].GetProperty("id").GetGuid();
        var school = measures[1].GetProperty("id").GetGuid();
        App.Time.Advance(TimeSpan.FromMinutes(5));

        (await _world.PutMeasuresAsync(_world.SocialWorker, _plan, [SocialMeasure(social, due: "2026-04-30")])).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await AgreeAsync();

        var deadlines = (await _world.GetAsync(_world.SocialWorker, _plan)).GetProperty("deadlines").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "sip-measure-due")
            .Select(d => (d.GetProperty("subjectId").GetGuid(), d.GetProperty("dueDate").GetString(), d.GetProperty("status").GetString())).ToList();
        // The school measure is no longer the plan's, so the plan no longer lists its deadline; the social measure's moved.
        deadlines.ShouldBe([(social, "2026-04-10", "Cancelled"), (social, "2026-04-30", "Open")], ignoreOrder: true);
        (await TestDatabase.ScalarAsync<string>("SELECT status FROM sip.deadlines WHERE subject_id = $1", school)).ShouldBe("Cancelled");
    }
}
