using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>A proposal by any party and the municipality's or region's judgement, with who may see it (issue 14).</summary>
public sealed class SipProposalTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [Test]
    public async Task Judged_not_needed_the_school_that_proposed_reads_the_reason()
    {
        var plan = await _world.ProposeAsync();
        using var social = App.ClientFor(_world.SocialWorker);

        (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = false, reason = "Behoven möts inom elevhälsan; BUP är inte aktuellt" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var seen = await _world.GetAsync(_world.Principal, plan);
        seen.GetProperty("status").GetString().ShouldBe("not-needed");
        seen.GetProperty("notNeededReason").GetString().ShouldBe("Behoven möts inom elevhälsan; BUP är inte aktuellt");
        seen.GetProperty("judgedByOrganisationId").GetGuid().ShouldBe(_world.OstermalmSocial);
        seen.GetProperty("proposedByKind").GetString().ShouldBe("school");
    }

    [Test]
    public async Task Not_needed_without_a_reason_is_refused_naming_the_reason()
    {
        var plan = await _world.ProposeAsync();
        using var social = App.ClientFor(_world.SocialWorker);

        var problem = await (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = false })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue(problem.ToString());
        (await _world.GetAsync(_world.Principal, plan)).GetProperty("status").GetString().ShouldBe("proposed");
    }

    [Test]
    public async Task The_region_judges_too_and_names_the_convener()
    {
        var plan = await _world.ProposeAsync();
        using var bup = App.ClientFor(_world.Clinician);

        (await bup.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = true, convenerOrganisationId = _world.OstermalmSocial })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var seen = await _world.GetAsync(_world.SocialWorker, plan);
        seen.GetProperty("status").GetString().ShouldBe("in-preparation");
        seen.GetProperty("convenerOrganisationId").GetGuid().ShouldBe(_world.OstermalmSocial);
        seen.GetProperty("judgedOn").GetString().ShouldBe("2026-03-02");
        seen.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("organisationId").GetGuid()).ShouldBe([_world.Bup, _world.OstermalmSocial], ignoreOrder: true);
    }

    [Test]
    public async Task A_school_cannot_judge_and_a_judgement_is_made_once()
    {
        var plan = await _world.ProposeAsync();
        using var principal = App.ClientFor(_world.Principal);
        (await principal.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var social = App.ClientFor(_world.SocialWorker);
        (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = false, reason = "Ändrat" })).ShouldBreakRuleAsync()).ShouldBe("Judged once");
    }

    [Test]
    public async Task Another_district_and_a_school_not_taking_part_get_404()
    {
        var plan = await _world.ProposeAsync();

        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync($"/api/v1/sip/plans/{plan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(_world.OtherPrincipal).GetAsync($"/api/v1/sip/plans/{plan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(_world.FarstaSocialWorker).PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The district's region sees it to judge it.
        (await App.ClientFor(_world.Clinician).GetAsync($"/api/v1/sip/plans/{plan}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Once_judged_an_organiser_of_the_district_not_taking_part_no_longer_sees_it()
    {
        var plan = await _world.ProposeAsync();
        using var social = App.ClientFor(_world.SocialWorker);
        (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await App.ClientFor(_world.Clinician).GetAsync($"/api/v1/sip/plans/{plan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
