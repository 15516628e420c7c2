using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>
/// Individual cases raised in a group (issue 15): anonymous by default with no identity stored; named only on a
/// consent recorded in SIP (checked through Sip.Contracts, hidden at once when withdrawn) or a recorded legal basis;
/// the child only for the group's parties; every read of a named child audited; counted in the local analysis.
/// </summary>
public sealed class BusCaseTests : IntegrationTest
{
    private BusWorld _world = null!;
    private Guid _group;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await BusWorld.CreateAsync(App);
        _group = await _world.CreateGroupAsync("BUS Östermalm", "2026-01-01", "ostermalm");
        foreach (var (party, organisation) in new[] { ("social-services", _world.Sip.OstermalmSocial), ("bup", _world.Sip.Bup), ("school", _world.Sip.School) })
        {
            (await _world.PostAsync(_world.Coordinator, $"/api/v1/bus/groups/{_group}/seats", new { partyKind = party, organisationId = organisation, representativeName = "Representant", since = "2026-01-01" }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
    }

    private Task<HttpResponseMessage> RaiseAsync(TestUser by, object body) => _world.PostAsync(by, $"/api/v1/bus/groups/{_group}/cases", body);

    private static object Anonymous(string description = "Behov av samordning mellan skola och BUP kring frånvaro") =>
        new { raisedOn = "2026-02-10", description, partyKinds = new[] { "school", "bup" }, ground = "anonymous" };

    private async Task<JsonElement> CaseAsync(TestUser user, Guid id) => await _world.GetJsonAsync(user, $"/api/v1/bus/groups/{_group}/cases/{id}");

    private static Task<long> AuditAsync(Guid id, string operation) =>
        TestDatabase.ScalarAsync<long>("SELECT count(*) FROM bus.audit_entries WHERE subject_id = $1 AND operation = $2", id, operation);

    [Test]
    public async Task An_anonymous_case_stores_no_identity_and_its_description_refuses_a_personnummer()
    {
        var id = await (await RaiseAsync(_world.Sip.Principal, Anonymous())).ShouldBeCreatedAsync();
        var read = await CaseAsync(_world.Sip.Principal, id);
        read.GetProperty("ground").GetString().ShouldBe("anonymous");
        read.GetProperty("child").ValueKind.ShouldBe(JsonValueKind.Null);
        read.GetProperty("partyKinds").EnumerateArray().Select(p => p.GetString()).ShouldBe(["bup", "school"]);
        (await TestDatabase.ScalarAsync<long>(
            "SELECT count(*) FROM bus.individual_cases WHERE id = $1 AND child_name IS NULL AND child_personal_identity_number IS NULL", id)).ShouldBe(1);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM bus.audit_entries WHERE subject_id = $1", id)).ShouldBe(0);

        var withNumber = await RaiseAsync(_world.Sip.Principal, Anonymous("Gäller 20140402-1234, stor frånvaro"));
        withNumber.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await withNumber.Content.ReadAsStringAsync()).ShouldContain("Description");

        var anonymousWithName = await RaiseAsync(_world.Sip.Principal, new { raisedOn = "2026-02-10", description = "Samordning", partyKinds = new[] { "school" }, ground = "anonymous", childName = "Alva Andersson" });
        anonymousWithName.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM bus.individual_cases")).ShouldBe(1);

        // A party the group does not have is refused; the case closes with an outcome.
        (await RaiseAsync(_world.Sip.Principal, new { raisedOn = "2026-02-10", description = "Samordning", partyKinds = new[] { "no-such-party" }, ground = "anonymous" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _world.PostAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/cases/{id}/closure", new { outcome = "Gemensam SIP upprättad", closedOn = "2026-03-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CaseAsync(_world.Sip.Principal, id)).GetProperty("outcome").GetString().ShouldBe("Gemensam SIP upprättad");
    }

    [Test]
    public async Task A_case_named_on_consent_shows_the_child_only_to_parties_the_consent_covers_and_hides_it_at_once_when_the_consent_is_withdrawn()
    {
        var plan = await _world.Sip.PlanInPreparationAsync();
        object Named() => new
        {
            raisedOn = "2026-03-02", description = "Samordning kring frånvaro och utredning", partyKinds = new[] { "social-services", "school", "bup" }, ground = "consent",
            sipPlanId = plan, childName = "Alva Andersson", childPersonalIdentityNumber = "20140402-1234",
        };

        // No consent recorded in the SIP yet: the convener alone cannot name the child in the group.
        var refused = await RaiseAsync(_world.Sip.SocialWorker, Named());
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Consent");

        var consent = await _world.Sip.ConsentAsync(plan, [_world.Sip.School]);
        var id = await (await RaiseAsync(_world.Sip.SocialWorker, Named())).ShouldBeCreatedAsync();
        (await AuditAsync(id, "named-case-recorded")).ShouldBe(1);

        var school = await CaseAsync(_world.Sip.Principal, id);
        school.GetProperty("child").GetProperty("name").GetString().ShouldBe("Alva Andersson");
        school.GetProperty("child").GetProperty("personalIdentityNumber").GetString().ShouldBe("20140402-1234");
        school.GetProperty("sipPlanId").GetGuid().ShouldBe(plan);
        (await AuditAsync(id, "named-case-read")).ShouldBe(1);

        // BUP is a party of the group, but the consent does not cover it.
        var bup = await CaseAsync(_world.Sip.Clinician, id);
        bup.GetProperty("child").ValueKind.ShouldBe(JsonValueKind.Null);
        bup.GetProperty("identityWithheld").GetString().ShouldBe("consent-not-valid");
        bup.GetProperty("description").GetString().ShouldBe("Samordning kring frånvaro och utredning");

        // The guardian withdraws the consent; the school records it in SIP. The name is gone from the group at once, also in the list.
        using (var client = App.ClientFor(_world.Sip.Principal))
        {
            (await client.PostAsync($"/api/v1/sip/plans/{plan}/consents/{consent}/withdrawal", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var after = await CaseAsync(_world.Sip.Principal, id);
        after.GetProperty("child").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("identityWithheld").GetString().ShouldBe("consent-not-valid");
        var list = await _world.GetJsonAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/cases");
        list.EnumerateArray().Single().GetProperty("child").ValueKind.ShouldBe(JsonValueKind.Null);
        (await AuditAsync(id, "named-case-read")).ShouldBe(1);

        // A consent can no longer be relied on for a new named case either.
        (await RaiseAsync(_world.Sip.SocialWorker, Named())).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task A_case_named_on_a_legal_basis_records_who_confirmed_it_and_shows_the_child_only_to_the_organisations_of_the_groups_parties()
    {
        var bases = await _world.GetJsonAsync(_world.Coordinator, "/api/v1/bus/catalogues/legal-bases");
        var basis = bases.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "osl-10-28");
        basis.GetProperty("source").GetString()!.ShouldContain("jurist to check");

        object Named(string? code, string? confirmedBy) => new
        {
            raisedOn = "2026-03-02", description = "Orosanmälan och behov av samordnade insatser", partyKinds = new[] { "social-services", "school" }, ground = "legal-basis",
            childName = "Alva Andersson", legalBasisCode = code, legalBasisConfirmedBy = confirmedBy, legalBasisConfirmedOn = confirmedBy is null ? null : "2026-03-01",
        };

        (await RaiseAsync(_world.Sip.SocialWorker, Named("osl-10-28", null))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await RaiseAsync(_world.Sip.SocialWorker, Named("no-such-basis", "Kommunjurist Per Ek"))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var id = await (await RaiseAsync(_world.Sip.SocialWorker, Named("osl-10-28", "Kommunjurist Per Ek"))).ShouldBeCreatedAsync();

        var school = await CaseAsync(_world.Sip.Principal, id);
        school.GetProperty("child").GetProperty("name").GetString().ShouldBe("Alva Andersson");
        school.GetProperty("legalBasisCode").GetString().ShouldBe("osl-10-28");
        school.GetProperty("legalBasisConfirmedBy").GetString().ShouldBe("Kommunjurist Per Ek");
        school.GetProperty("legalBasisConfirmedOn").GetString().ShouldBe("2026-03-01");
        (await AuditAsync(id, "named-case-read")).ShouldBe(1);

        // Staff of a covered district whose organisation holds no seat see the case, not the child.
        var other = await CaseAsync(_world.Sip.OtherPrincipal, id);
        other.GetProperty("child").ValueKind.ShouldBe(JsonValueKind.Null);
        other.GetProperty("identityWithheld").GetString().ShouldBe("not-a-party");
        (await AuditAsync(id, "named-case-read")).ShouldBe(1);

        // A group's cases are for its parties: another district's staff find nothing, the county is forbidden.
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{_group}/cases")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{_group}/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.County, $"/api/v1/bus/groups/{_group}/cases")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RaiseAsync(_world.County, Anonymous())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_local_analysis_counts_the_groups_cases_with_small_counts_as_under_five()
    {
        for (var i = 0; i < 5; i++)
        {
            await (await RaiseAsync(_world.Sip.Principal, Anonymous($"Samordning skola och BUP ({i})"))).ShouldBeCreatedAsync();
        }

        await (await RaiseAsync(_world.Sip.SocialWorker, new
        {
            raisedOn = "2026-03-02", description = "Orosanmälan", partyKinds = new[] { "social-services" }, ground = "legal-basis",
            childName = "Alva Andersson", legalBasisCode = "osl-26-9", legalBasisConfirmedBy = "Kommunjurist Per Ek", legalBasisConfirmedOn = "2026-03-02",
        })).ShouldBeCreatedAsync();

        var analysis = await _world.GetJsonAsync(_world.Sip.Principal, $"/api/v1/bus/groups/{_group}/analysis");
        var cases = analysis.GetProperty("individualCases");
        cases.GetProperty("raised").GetString().ShouldBe("6");
        cases.GetProperty("anonymous").GetString().ShouldBe("5");
        cases.GetProperty("named").GetString().ShouldBe("<5");
        cases.GetProperty("closed").GetString().ShouldBe("0");
        analysis.GetRawText().ShouldNotContain("Alva");

        // The county's yearly figures carry the same counts, nothing else of the cases.
        var year = await _world.GetJsonAsync(_world.County, "/api/v1/bus/county/yearly-figures?year=2026");
        var row = year.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("groupId").GetGuid() == _group).GetProperty("individualCases");
        row.GetProperty("raised").GetString().ShouldBe("6");
        row.GetProperty("named").GetString().ShouldBe("<5");
        year.GetRawText().ShouldNotContain("Alva");
        year.GetRawText().ShouldNotContain("Orosanmälan");
    }
}
