using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>Interventions from the catalogue: only with the guardians' consent, followed up on a cadence.</summary>
public sealed class InterventionTests : IntegrationTest
{
    private SchoolWorld _world = null!;
    private Guid _investigation;

    [SetUp]
    public async Task OpenInvestigation()
    {
        _world = await SchoolWorld.CreateAsync(App);
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        await _world.ReportConcernAsync(pupil);
        using var social = App.ClientFor(_world.SocialWorker);
        var decision = await (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{await _world.LatestIntakeAsync()}/decision", new { openInvestigation = true, reasons = "Oro" })).ShouldBeOkJsonAsync();
        _investigation = decision.GetProperty("investigationId").GetGuid();
    }

    [Test]
    public async Task Catalogue_ListsInterventionsWithTheirCadence()
    {
        using var social = App.ClientFor(_world.SocialWorker);
        var kinds = await (await social.GetAsync("/api/v1/social-services/intervention-kinds")).ShouldBeOkJsonAsync();

        kinds.EnumerateArray().Single(k => k.GetProperty("code").GetString() == "skolfam").GetProperty("followUpEveryWeeks").GetInt32().ShouldBe(8);
    }

    [Test]
    public async Task Start_WithoutConsent_Is400_ConsentAfterStart_Is422_UnknownKind_Is422()
    {
        var noConsent = await StartIntervention("skolfam", consentBy: "", consentOn: "2026-03-02");
        var consentLater = await StartIntervention("skolfam", consentBy: "Båda vårdnadshavarna", consentOn: "2026-03-10");
        var unknown = await StartIntervention("boot-camp", consentBy: "Båda vårdnadshavarna", consentOn: "2026-03-02");

        (await noConsent.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("consentGivenBy", out _).ShouldBeTrue();
        (await consentLater.ShouldBreakRuleAsync()).ShouldBe("Guardians' consent");
        (await unknown.ShouldBreakRuleAsync()).ShouldBe("Intervention catalogue");
    }

    [Test]
    public async Task Start_OpensTheFirstFollowUp_EachFollowUpMeetsItAndOpensTheNext()
    {
        var response = await StartIntervention("skolfam", consentBy: "Båda vårdnadshavarna", consentOn: "2026-03-02");
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var intervention = await response.Content.ReadFromJsonAsync<Guid>();
        using var social = App.ClientFor(_world.SocialWorker);

        FollowUps(await Investigation()).ShouldBe([("2026-04-27", "Open")]);
        var noDate = await social.PostAsJsonAsync($"/api/v1/social-services/interventions/{intervention}/follow-ups", new { });
        (await noDate.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("heldOn", out _).ShouldBeTrue();
        (await social.PostAsJsonAsync($"/api/v1/social-services/interventions/{intervention}/follow-ups", new { heldOn = "2026-04-24" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, "a follow-up cannot be recorded before the day it is held");

        App.Time.Set(new DateTimeOffset(2026, 4, 24, 15, 0, 0, TimeSpan.FromHours(2)));
        (await social.PostAsJsonAsync($"/api/v1/social-services/interventions/{intervention}/follow-ups", new { heldOn = "2026-04-24" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        FollowUps(await Investigation()).ShouldBe([("2026-04-27", "Met"), ("2026-06-22", "Open")]);
    }

    [Test]
    public async Task AnotherDistrict_CannotStartOrFollowUp()
    {
        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        var response = await farsta.PostAsJsonAsync(
            $"/api/v1/social-services/investigations/{_investigation}/interventions", new { kind = "skolfam", consentGivenBy = "x", consentGivenOn = "2026-03-02", startedOn = "2026-03-02" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> StartIntervention(string kind, string consentBy, string consentOn)
    {
        using var social = App.ClientFor(_world.SocialWorker);
        return await social.PostAsJsonAsync(
            $"/api/v1/social-services/investigations/{_investigation}/interventions", new { kind, consentGivenBy = consentBy, consentGivenOn = consentOn, startedOn = "2026-03-02" });
    }

    private async Task<JsonElement> Investigation()
    {
        using var social = App.ClientFor(_world.SocialWorker);
        return await (await social.GetAsync($"/api/v1/social-services/investigations/{_investigation}")).ShouldBeOkJsonAsync();
    }

    private static List<(string, string)> FollowUps(JsonElement investigation) =>
        investigation.GetProperty("interventions")[0].GetProperty("deadlines").EnumerateArray()
            .Select(d => (d.GetProperty("dueDate").GetString()!, d.GetProperty("status").GetString()!))
            .OrderBy(d => d.Item1)
            .ToList();
}
