using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>Agreeing a plan: overall responsibility and follow-up date first, every organiser's approval, and agreed versions kept unchanged.</summary>
public sealed class SipAgreementTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [TestCase(false, true)]
    [TestCase(true, false)]
    public async Task Approval_needs_overall_responsibility_and_a_follow_up_date(bool withResponsible, bool withFollowUp)
    {
        var plan = await _world.PlanInPreparationAsync(withDraft: false);
        using var social = App.ClientFor(_world.SocialWorker);
        (await _world.PutDraftAsync(social, plan, "Behov", withResponsible ? _world.OstermalmSocial : null, withFollowUp ? "2026-05-04" : null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await _world.ApproveAsync(_world.SocialWorker, plan)).ShouldBreakRuleAsync()).ShouldBe("Responsibility and follow-up before agreement");
    }

    [Test]
    public async Task The_plan_is_agreed_when_every_organiser_taking_part_has_approved()
    {
        var plan = await _world.PlanInPreparationAsync();

        (await (await _world.ApproveAsync(_world.SocialWorker, plan)).ShouldBeOkJsonAsync()).GetProperty("agreed").GetBoolean().ShouldBeFalse();
        (await _world.GetAsync(_world.SocialWorker, plan)).GetProperty("status").GetString().ShouldBe("in-preparation");
        // The school takes part but is not an organiser: it does not approve.
        (await (await _world.ApproveAsync(_world.Principal, plan)).ShouldBreakRuleAsync()).ShouldBe("Approved by organisers");

        var last = await (await _world.ApproveAsync(_world.Clinician, plan)).ShouldBeOkJsonAsync();

        last.GetProperty("agreed").GetBoolean().ShouldBeTrue();
        last.GetProperty("version").GetInt32().ShouldBe(1);
        var seen = await _world.GetAsync(_world.SocialWorker, plan);
        seen.GetProperty("status").GetString().ShouldBe("agreed");
        seen.GetProperty("agreedVersions").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task A_change_after_agreement_makes_a_new_version_and_the_agreed_one_stays_unchanged()
    {
        var plan = await _world.PlanInPreparationAsync();
        await _world.ApproveAsync(_world.SocialWorker, plan);
        await _world.ApproveAsync(_world.Clinician, plan);
        using var social = App.ClientFor(_world.SocialWorker);

        (await _world.PutDraftAsync(social, plan, "Behoven ändrade efter uppföljning", _world.OstermalmSocial, "2026-08-24")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var draft = await _world.GetAsync(_world.SocialWorker, plan);
        draft.GetProperty("status").GetString().ShouldBe("in-preparation");
        draft.GetProperty("participants").EnumerateArray().ShouldAllBe(p => !p.GetProperty("approved").GetBoolean());
        var first = await (await social.GetAsync($"/api/v1/sip/plans/{plan}/versions/1")).ShouldBeOkJsonAsync();
        first.GetProperty("content").GetProperty("needs").GetString().ShouldBe("Alva vill gå till skolan utan ångest");
        first.GetProperty("content").GetProperty("followUpDate").GetString().ShouldBe("2026-05-04");
        (await social.GetAsync($"/api/v1/sip/plans/{plan}/versions/2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await _world.ApproveAsync(_world.SocialWorker, plan);
        (await (await _world.ApproveAsync(_world.Clinician, plan)).ShouldBeOkJsonAsync()).GetProperty("version").GetInt32().ShouldBe(2);
        var second = await (await social.GetAsync($"/api/v1/sip/plans/{plan}/versions/2")).ShouldBeOkJsonAsync();
        second.GetProperty("content").GetProperty("needs").GetString().ShouldBe("Behoven ändrade efter uppföljning");
        (await (await social.GetAsync($"/api/v1/sip/plans/{plan}/versions/1")).ShouldBeOkJsonAsync())
            .GetProperty("content").GetProperty("needs").GetString().ShouldBe("Alva vill gå till skolan utan ångest");
    }

    [Test]
    public async Task Overall_responsibility_lies_with_an_organiser_taking_part()
    {
        var plan = await _world.PlanInPreparationAsync(withDraft: false);
        using var social = App.ClientFor(_world.SocialWorker);

        (await (await _world.PutDraftAsync(social, plan, "Behov", _world.School, "2026-05-04")).ShouldBreakRuleAsync()).ShouldBe("Overall responsibility");
    }

    [Test]
    public async Task The_draft_needs_If_Match_and_a_stale_one_is_refused()
    {
        var plan = await _world.PlanInPreparationAsync(withDraft: false);
        using var social = App.ClientFor(_world.SocialWorker);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sip/plans/{plan}/draft") { Content = JsonContent.Create(new { needs = "x", measures = Array.Empty<object>() }) };

        (await social.SendAsync(request)).StatusCode.ShouldBe((HttpStatusCode)428);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sip/plans/{plan}/draft") { Content = JsonContent.Create(new { needs = "x", measures = Array.Empty<object>() }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        (await social.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Collaboration_failure_reaches_the_outbox_without_the_child()
    {
        var plan = await _world.PlanInPreparationAsync();
        using var school = App.ClientFor(_world.Principal);

        var response = await school.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/collaboration-failures", new
        {
            description = "BUP kom inte till två SIP-möten", concernedOrganisationIds = new[] { _world.Bup }, occurredOn = "2026-03-02",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var payload = await TestDatabase.ScalarAsync<string>(
            "SELECT payload::text FROM sip.outbox_messages WHERE type LIKE '%CollaborationFailureReported%'");
        payload.ShouldContain(_world.Bup.ToString());
        payload.ShouldContain("ostermalm");
        payload.ShouldNotContain("Alva");
        payload.ShouldNotContain(plan.ToString());

        using var outsider = App.ClientFor(_world.OtherPrincipal);
        (await outsider.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/collaboration-failures", new
        {
            description = "x", concernedOrganisationIds = new[] { _world.Bup }, occurredOn = "2026-03-02",
        })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
