using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>The child's participation (how, through whom, adaptations) and the family's short feedback, reported only as counts with small ones suppressed.</summary>
public sealed class SipParticipationTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    private static object Drawn(Guid? meetingId = null) => new
    {
        meetingId, tookPartOn = "2026-03-16", ways = new[] { "drawn-statement", "through-representative" }, representative = "Skolkurator Jonas Ek",
        adaptations = "Alva ritade hur en bra skoldag ser ut; kuratorn visade teckningen",
    };

    private async Task<JsonElement> ParticipationAsync(TestUser user, Guid plan) =>
        await (await App.ClientFor(user).GetAsync($"/api/v1/sip/plans/{plan}/child-participation")).ShouldBeOkJsonAsync();

    [Test]
    public async Task How_the_child_took_part_is_recorded_and_shown_only_where_consent_shows_the_child()
    {
        var plan = await _world.PlanInPreparationAsync();
        (await _world.PostAsync(_world.SocialWorker, plan, "child-participation", Drawn())).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await _world.PostAsync(_world.SocialWorker, plan, "child-participation", new { tookPartOn = "2026-04-20", ways = new[] { "present" }, adaptations = "Kort möte i ett rum Alva känner" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var holder = await ParticipationAsync(_world.SocialWorker, plan);
        holder.GetProperty("shared").GetBoolean().ShouldBeTrue();
        var first = holder.GetProperty("occasions")[0];
        first.GetProperty("ways").EnumerateArray().Select(w => w.GetString()).ShouldBe(["drawn-statement", "through-representative"]);
        first.GetProperty("representative").GetString().ShouldBe("Skolkurator Jonas Ek");
        first.GetProperty("adaptations").GetString().ShouldBe("Alva ritade hur en bra skoldag ser ut; kuratorn visade teckningen");
        holder.GetProperty("occasions")[1].GetProperty("ways")[0].GetString().ShouldBe("present");

        var bup = await ParticipationAsync(_world.Clinician, plan);
        bup.GetProperty("shared").GetBoolean().ShouldBeFalse();
        bup.GetProperty("occasions").GetArrayLength().ShouldBe(0);
        await _world.ConsentAsync(plan, [_world.Bup, _world.School], excludes: ["child"]);
        (await ParticipationAsync(_world.Clinician, plan)).GetProperty("occasions").GetArrayLength().ShouldBe(0);

        var other = await _world.PlanInPreparationAsync();
        await _world.PostAsync(_world.SocialWorker, other, "child-participation", Drawn());
        await _world.ConsentAsync(other, [_world.Bup]);
        (await ParticipationAsync(_world.Clinician, other)).GetProperty("occasions").GetArrayLength().ShouldBe(1);

        (await App.ClientFor(_world.OtherPrincipal).GetAsync($"/api/v1/sip/plans/{plan}/child-participation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync($"/api/v1/sip/plans/{plan}/child-participation")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TestDatabase.ScalarAsync<long>(
            "SELECT count(*) FROM sip.audit_entries WHERE subject_id = $1 AND operation LIKE 'child-participation-%'", plan)).ShouldBe(5);
    }

    [Test]
    public async Task A_representative_is_named_the_ways_come_from_the_vocabulary_and_only_the_convener_records()
    {
        var plan = await _world.PlanInPreparationAsync();

        (await (await _world.PostAsync(_world.SocialWorker, plan, "child-participation", new { tookPartOn = "2026-03-16", ways = new[] { "through-representative" } }))
            .ShouldBreakRuleAsync()).ShouldBe("Representative named");
        (await _world.PostAsync(_world.SocialWorker, plan, "child-participation", new { tookPartOn = "2026-03-16", ways = new[] { "telepathy" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _world.PostAsync(_world.SocialWorker, plan, "child-participation", new { tookPartOn = "2026-03-16", ways = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await _world.PostAsync(_world.SocialWorker, plan, "child-participation", Drawn(Guid.NewGuid()))).ShouldBreakRuleAsync()).ShouldBe("Meeting of the plan");
        (await _world.PostAsync(_world.Principal, plan, "child-participation", Drawn())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _world.PostAsync(_world.FarstaSocialWorker, plan, "child-participation", Drawn())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Family_feedback_is_reported_only_in_aggregate_with_counts_under_five_suppressed()
    {
        var plans = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            plans.Add(await _world.PlanInPreparationAsync(withDraft: false));
        }

        for (var i = 0; i < 6; i++)
        {
            var response = await _world.PostAsync(_world.SocialWorker, plans[i], "family-feedback", new { listenedTo = i < 5 ? 4 : 2, helped = i < 5 ? 5 : 3 });
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
            (await _world.PostAsync(_world.SocialWorker, plans[i], "child-participation", Drawn())).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await (await _world.PostAsync(_world.SocialWorker, plans[0], "family-feedback", new { listenedTo = 1, helped = 1 })).ShouldBreakRuleAsync()).ShouldBe("Feedback once");
        (await _world.PostAsync(_world.SocialWorker, plans[0], "family-feedback", new { listenedTo = 6, helped = 1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _world.PostAsync(_world.Principal, plans[0], "family-feedback", new { listenedTo = 3, helped = 3 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var stats = await (await App.ClientFor(_world.SocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm/participation?from=2026-01-01&to=2026-12-31")).ShouldBeOkJsonAsync();

        stats.GetProperty("feedbackGiven").GetString().ShouldBe("6");
        stats.GetProperty("listenedTo").GetProperty("score4").GetString().ShouldBe("5");
        stats.GetProperty("listenedTo").GetProperty("score2").GetString().ShouldBe("<5");
        stats.GetProperty("listenedTo").GetProperty("score1").GetString().ShouldBe("0");
        stats.GetProperty("helped").GetProperty("score5").GetString().ShouldBe("5");
        stats.GetProperty("helped").GetProperty("score3").GetString().ShouldBe("<5");
        stats.GetProperty("childTookPart").GetProperty("drawn-statement").GetString().ShouldBe("6");
        stats.GetProperty("childTookPart").GetProperty("present").GetString().ShouldBe("0");

        // The feedback is never shown per plan: the plan's own view carries none of it.
        (await _world.GetAsync(_world.SocialWorker, plans[5])).ToString().ShouldNotContain("listenedTo");
        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm/participation?from=2026-01-01&to=2026-12-31"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.Principal).GetAsync("/api/v1/sip/statistics/districts/ostermalm/participation?from=2026-01-01&to=2026-12-31"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
