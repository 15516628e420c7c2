using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Samverkan.Sip.Contracts;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>Consent gating (docs/adr/0016): none, partial scope, excluded information, expiry, withdrawal at once, also through the check other modules call.</summary>
public sealed class SipConsentTests : IntegrationTest
{
    private SipWorld _world = null!;
    private Guid _plan;

    [SetUp]
    public async Task CreatePlan()
    {
        _world = await SipWorld.CreateAsync(App);
        _plan = await _world.PlanInPreparationAsync();
    }

    [Test]
    public async Task Without_consent_nothing_of_the_plan_leaves_the_convener()
    {
        var holder = await _world.GetAsync(_world.SocialWorker, _plan);
        holder.GetProperty("content").GetProperty("needs").GetString().ShouldBe("Alva vill gå till skolan utan ångest");

        var bup = await _world.GetAsync(_world.Clinician, _plan);
        bup.GetProperty("shared").GetBoolean().ShouldBeFalse();
        bup.GetProperty("child").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        bup.GetProperty("content").GetProperty("needs").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        bup.GetProperty("content").GetProperty("goals").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        bup.GetProperty("content").GetProperty("measures").GetArrayLength().ShouldBe(0);
        bup.GetProperty("consents").GetArrayLength().ShouldBe(0);
        (await Check(_world.Bup)).Allowed.ShouldBeFalse();
    }

    [Test]
    public async Task A_consent_covering_BUP_only_shares_with_BUP_and_not_with_the_school()
    {
        await _world.ConsentAsync(_plan, [_world.Bup]);

        var bup = await _world.GetAsync(_world.Clinician, _plan);
        bup.GetProperty("shared").GetBoolean().ShouldBeTrue();
        bup.GetProperty("child").GetProperty("name").GetString().ShouldBe("Alva Andersson");
        bup.GetProperty("content").GetProperty("needs").GetString().ShouldBe("Alva vill gå till skolan utan ångest");
        bup.GetProperty("content").GetProperty("measures").GetArrayLength().ShouldBe(1);

        var school = await _world.GetAsync(_world.Principal, _plan);
        school.GetProperty("shared").GetBoolean().ShouldBeFalse();
        school.GetProperty("content").GetProperty("needs").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await Check(_world.School)).Allowed.ShouldBeFalse();
        (await Check(_world.Bup)).Allowed.ShouldBeTrue();
    }

    [Test]
    public async Task When_the_second_guardian_consents_only_for_the_school_BUP_reads_nothing()
    {
        await _world.ConsentAsync(_plan, [_world.Bup, _world.School]);
        await _world.ConsentAsync(_plan, [_world.School]);

        (await _world.GetAsync(_world.Clinician, _plan)).GetProperty("shared").GetBoolean().ShouldBeFalse();
        (await _world.GetAsync(_world.Principal, _plan)).GetProperty("shared").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task Information_the_consent_excludes_is_never_shown_to_others()
    {
        await _world.ConsentAsync(_plan, [_world.Bup], excludes: ["needs", "child"]);

        var bup = await _world.GetAsync(_world.Clinician, _plan);
        bup.GetProperty("shared").GetBoolean().ShouldBeTrue();
        bup.GetProperty("content").GetProperty("needs").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        bup.GetProperty("content").GetProperty("goals").GetString().ShouldBe("Närvaro 80 % till sommaren");
        bup.GetProperty("content").GetProperty("withheld").EnumerateArray().Select(e => e.GetString()).ShouldBe(["needs"]);
        bup.GetProperty("child").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await Check(_world.Bup)).Excluded.ShouldBe(["child", "needs"]);

        // The holder still reads all of it.
        (await _world.GetAsync(_world.SocialWorker, _plan)).GetProperty("content").GetProperty("needs").GetString().ShouldNotBeNull();
    }

    [Test]
    public async Task Excluded_information_stays_out_of_an_agreed_version_too()
    {
        await _world.ConsentAsync(_plan, [_world.Bup], excludes: ["measures"]);
        (await _world.ApproveAsync(_world.SocialWorker, _plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _world.ApproveAsync(_world.Clinician, _plan)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var version = await (await App.ClientFor(_world.Clinician).GetAsync($"/api/v1/sip/plans/{_plan}/versions/1")).ShouldBeOkJsonAsync();

        version.GetProperty("content").GetProperty("measures").GetArrayLength().ShouldBe(0);
        version.GetProperty("content").GetProperty("needs").GetString().ShouldBe("Alva vill gå till skolan utan ångest");
    }

    [Test]
    public async Task Withdrawal_takes_effect_at_once_for_every_organisation_and_in_the_check_other_modules_call()
    {
        var consent = await _world.ConsentAsync(_plan, [_world.Bup, _world.School]);
        (await _world.GetAsync(_world.Clinician, _plan)).GetProperty("shared").GetBoolean().ShouldBeTrue();
        (await Check(_world.School)).Allowed.ShouldBeTrue();

        // The guardian tells the school; the school records it.
        using var school = App.ClientFor(_world.Principal);
        (await school.PostAsync($"/api/v1/sip/plans/{_plan}/consents/{consent}/withdrawal", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // The plan ends as a joint plan at once: the other organisations read nothing of it any more.
        (await App.ClientFor(_world.Clinician).GetAsync($"/api/v1/sip/plans/{_plan}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.Principal).GetAsync($"/api/v1/sip/plans/{_plan}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Check(_world.Bup)).Allowed.ShouldBeFalse();
        (await Check(_world.School)).Allowed.ShouldBeFalse();
        var holder = await _world.GetAsync(_world.SocialWorker, _plan);
        holder.GetProperty("consents")[0].GetProperty("withdrawnAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task A_consent_past_its_end_date_shares_nothing()
    {
        await _world.ConsentAsync(_plan, [_world.Bup], validUntil: "2026-03-10");
        (await _world.GetAsync(_world.Clinician, _plan)).GetProperty("shared").GetBoolean().ShouldBeTrue();

        App.Time.Set(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.FromHours(1)));

        (await _world.GetAsync(_world.Clinician, _plan)).GetProperty("shared").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task A_child_consents_only_with_a_maturity_judgement()
    {
        using var social = App.ClientFor(_world.SocialWorker);
        var response = await social.PostAsJsonAsync($"/api/v1/sip/plans/{_plan}/consents", new
        {
            personName = "Alva Andersson", personRole = "child", coveredOrganisationIds = new[] { _world.Bup }, validFrom = "2026-03-02", form = "oral", documentedBy = "Eva Lund",
        });
        (await response.ShouldBreakRuleAsync()).ShouldBe("Child's maturity judged");

        await _world.ConsentAsync(_plan, [_world.Bup], role: "child", maturity: "15 år; förstår vad samtycket innebär (bedömt vid samtal 2 mars)");
        (await _world.GetAsync(_world.Clinician, _plan)).GetProperty("shared").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task Only_the_convener_records_consent_and_only_for_organisations_taking_part()
    {
        using var school = App.ClientFor(_world.Principal);
        var bySchool = await school.PostAsJsonAsync($"/api/v1/sip/plans/{_plan}/consents", new
        {
            personName = "Sara Andersson", personRole = "guardian", coveredOrganisationIds = new[] { _world.School }, validFrom = "2026-03-02", form = "written", documentedBy = "Rektor",
        });
        bySchool.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var social = App.ClientFor(_world.SocialWorker);
        var outsider = await social.PostAsJsonAsync($"/api/v1/sip/plans/{_plan}/consents", new
        {
            personName = "Sara Andersson", personRole = "guardian", coveredOrganisationIds = new[] { _world.OtherSchool }, validFrom = "2026-03-02", form = "written", documentedBy = "Eva Lund",
        });
        (await outsider.ShouldBreakRuleAsync()).ShouldBe("Consent covers participants");
    }

    private async Task<ConsentAnswer> Check(Guid organisation)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISipConsents>().SharingAsync(_plan, organisation, CancellationToken.None);
    }
}
