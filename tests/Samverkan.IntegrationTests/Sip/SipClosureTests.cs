using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.Notifications;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>Evaluation (each measure's effect judged) and closure with a reason: deadlines cancelled, SipPlanClosed out, a withdrawal closing at once.</summary>
public sealed class SipClosureTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [Test]
    public async Task An_agreed_plan_is_evaluated_measure_by_measure_and_closed_with_a_reason()
    {
        var plan = await _world.AgreedPlanAsync();
        var measure = (await _world.GetAsync(_world.SocialWorker, plan)).GetProperty("content").GetProperty("measures")[0].GetProperty("id").GetGuid();

        var evaluated = await _world.PostAsync(_world.Clinician, plan, "evaluation", new
        {
            evaluatedOn = "2026-06-15", summary = "Närvaron har ökat till 85 %", effects = new[] { new { measureId = measure, effect = "God effekt: Alva går till skolan fyra dagar av fem" } },
        });
        evaluated.StatusCode.ShouldBe(HttpStatusCode.NoContent, await evaluated.Content.ReadAsStringAsync());
        var closed = await _world.PostAsync(_world.SocialWorker, plan, "closure", new { reason = "goals-reached", note = "Familjen och skolan är nöjda" });
        closed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await closed.Content.ReadAsStringAsync());

        var seen = await _world.GetAsync(_world.SocialWorker, plan);
        seen.GetProperty("status").GetString().ShouldBe("closed");
        seen.GetProperty("evaluation").GetProperty("evaluatedOn").GetString().ShouldBe("2026-06-15");
        seen.GetProperty("evaluation").GetProperty("summary").GetString().ShouldBe("Närvaron har ökat till 85 %");
        seen.GetProperty("content").GetProperty("measures")[0].GetProperty("effectJudgement").GetString().ShouldBe("God effekt: Alva går till skolan fyra dagar av fem");
        seen.GetProperty("closure").GetProperty("reason").GetString().ShouldBe("goals-reached");
        seen.GetProperty("closure").GetProperty("reasonLabel").GetString().ShouldBe("Målen är uppnådda");
        seen.GetProperty("closure").GetProperty("note").GetString().ShouldBe("Familjen och skolan är nöjda");
        seen.GetProperty("deadlines").EnumerateArray().Where(d => d.GetProperty("status").GetString() is "Open" or "Breached").ShouldBeEmpty();

        // The agreed version stays as it was agreed: the evaluation does not rewrite it.
        var version = await (await App.ClientFor(_world.SocialWorker).GetAsync($"/api/v1/sip/plans/{plan}/versions/1")).ShouldBeOkJsonAsync();
        version.GetProperty("content").GetProperty("measures")[0].GetProperty("effectJudgement").ValueKind.ShouldBe(JsonValueKind.Null);

        (await TestDatabase.ScalarAsync<long>(
            "SELECT count(*) FROM sip.outbox_messages WHERE type LIKE '%SipPlanClosed' AND payload::text LIKE '%goals-reached%' AND payload::text NOT LIKE '%Alva%'")).ShouldBe(1);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM sip.audit_entries WHERE subject_id = $1 AND operation IN ('evaluated', 'closed')", plan)).ShouldBe(2);

        // Nothing more is written to a closed plan.
        using var social = App.ClientFor(_world.SocialWorker);
        (await (await _world.PutDraftAsync(social, plan, "Nya behov", _world.OstermalmSocial, "2026-09-01")).ShouldBreakRuleAsync()).ShouldBe("Plan open");
        (await (await _world.PostAsync(_world.SocialWorker, plan, "closure", new { reason = "moved" })).ShouldBreakRuleAsync()).ShouldBe("Plan open");
    }

    [Test]
    public async Task Closing_cancels_the_running_deadlines_so_no_reminder_fires_afterwards()
    {
        var plan = await _world.PlanInPreparationAsync(withDraft: false);
        await App.DrainOutboxAsync();

        (await _world.PostAsync(_world.SocialWorker, plan, "closure", new { reason = "moved" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await App.DrainOutboxAsync();

        var deadline = (await _world.GetAsync(_world.SocialWorker, plan)).GetProperty("deadlines")[0];
        deadline.GetProperty("kind").GetString().ShouldBe("sip-first-meeting");
        deadline.GetProperty("status").GetString().ShouldBe("Cancelled");
        var days = new DeadlineWorld(App);
        await days.DayAsync(new DateOnly(2026, 3, 16));
        await days.DayAsync(new DateOnly(2026, 3, 26));
        await days.DayAsync(new DateOnly(2026, 3, 30));
        (await days.InboxOfAsync(_world.SocialWorker)).Where(n => n.Kind == "deadline-reminder").ShouldBeEmpty();
        (await days.InboxOfAsync(_world.Manager)).Where(n => n.Kind == "deadline-reminder").ShouldBeEmpty();
    }

    [Test]
    public async Task The_reason_comes_from_the_vocabulary_and_only_the_convener_or_an_organiser_closes()
    {
        var plan = await _world.PlanInPreparationAsync();

        (await (await _world.PostAsync(_world.SocialWorker, plan, "closure", new { reason = "bored" })).ShouldBreakRuleAsync()).ShouldBe("Closure reason");
        (await (await _world.PostAsync(_world.SocialWorker, plan, "closure", new { reason = "consent-withdrawn" })).ShouldBreakRuleAsync()).ShouldBe("Closure by withdrawal");
        (await _world.PostAsync(_world.SocialWorker, plan, "closure", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _world.PostAsync(_world.Principal, plan, "closure", new { reason = "moved" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.PostAsync(_world.OtherPrincipal, plan, "closure", new { reason = "moved" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.PostAsync(_world.FarstaSocialWorker, plan, "closure", new { reason = "moved" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var reasons = await (await App.ClientFor(_world.Principal).GetAsync("/api/v1/sip/closure-reasons")).ShouldBeOkJsonAsync();
        var codes = reasons.EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("chosenByHand").GetBoolean());
        codes["goals-reached"].ShouldBeTrue();
        codes["consent-withdrawn"].ShouldBeFalse();

        (await _world.PostAsync(_world.Clinician, plan, "closure", new { reason = "family-declined" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task Only_an_agreed_plan_is_evaluated_and_only_its_own_measures()
    {
        var draft = await _world.PlanInPreparationAsync();
        (await (await _world.PostAsync(_world.SocialWorker, draft, "evaluation", new { evaluatedOn = "2026-06-15", summary = "Tidigt" })).ShouldBreakRuleAsync())
            .ShouldBe("Evaluation of an agreed plan");

        var plan = await _world.AgreedPlanAsync();
        (await (await _world.PostAsync(_world.SocialWorker, plan, "evaluation", new { evaluatedOn = "2026-06-15", summary = "Bra", effects = new[] { new { measureId = Guid.NewGuid(), effect = "?" } } }))
            .ShouldBreakRuleAsync()).ShouldBe("Effect of a measure of the plan");
        (await _world.PostAsync(_world.SocialWorker, plan, "evaluation", new { evaluatedOn = "2026-06-15", summary = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _world.PostAsync(_world.Principal, plan, "evaluation", new { evaluatedOn = "2026-06-15", summary = "Bra" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.PostAsync(_world.FarstaSocialWorker, plan, "evaluation", new { evaluatedOn = "2026-06-15", summary = "Bra" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_withdrawn_consent_closes_the_plan_as_a_joint_plan_at_once_for_every_other_organisation()
    {
        var plan = await _world.AgreedPlanAsync();
        var consent = await _world.ConsentAsync(plan, [_world.Bup, _world.School]);
        (await _world.GetAsync(_world.Clinician, plan)).GetProperty("shared").GetBoolean().ShouldBeTrue();

        // The guardian tells the school a while later; the school records it. (The clock moves on, as it does: the
        // reminder engine orders a deadline's events by when they happened.)
        App.Time.Advance(TimeSpan.FromMinutes(5));
        (await App.ClientFor(_world.Principal).PostAsync($"/api/v1/sip/plans/{plan}/consents/{consent}/withdrawal", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await App.ClientFor(_world.Clinician).GetAsync($"/api/v1/sip/plans/{plan}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.Principal).GetAsync($"/api/v1/sip/plans/{plan}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.Clinician).GetAsync($"/api/v1/sip/plans/{plan}/versions/1")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync($"/api/v1/sip/plans/{plan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.PostAsync(_world.Clinician, plan, "follow-ups", new { heldOn = "2026-05-04" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var holder = await _world.GetAsync(_world.SocialWorker, plan);
        holder.GetProperty("status").GetString().ShouldBe("closed");
        holder.GetProperty("closure").GetProperty("reason").GetString().ShouldBe("consent-withdrawn");
        holder.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "sip-follow-up").GetProperty("status").GetString().ShouldBe("Cancelled");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM sip.outbox_messages WHERE type LIKE '%SipPlanClosed' AND payload::text LIKE '%consent-withdrawn%'")).ShouldBe(1);

        await App.DrainOutboxAsync();
        var days = new DeadlineWorld(App);
        await days.DayAsync(new DateOnly(2026, 4, 27));
        await days.DayAsync(new DateOnly(2026, 5, 12));
        (await days.InboxOfAsync(_world.SocialWorker)).Where(n => n.Kind == "deadline-reminder").ShouldBeEmpty();
    }
}
