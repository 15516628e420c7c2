using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>
/// The directory a SIP test needs, registered through OperativeForums' API and carried to Sip's copy by the outbox:
/// Östermalm's social services (municipality), BUP Norr (region), a school, a second school and Farsta's social
/// services; users acting for each with real tokens.
/// </summary>
public sealed class SipWorld
{
    private readonly SamverkanApp _app;

    private SipWorld(SamverkanApp app) => _app = app;

    public Guid OstermalmSocial { get; private set; }

    public Guid FarstaSocial { get; private set; }

    public Guid Bup { get; private set; }

    public Guid School { get; private set; }

    public Guid OtherSchool { get; private set; }

    public TestUser SocialWorker => new("socialworker.ostermalm", OstermalmSocial, ["ostermalm"], [Roles.SocialWorker]);

    public TestUser Manager => new("manager.ostermalm", OstermalmSocial, ["ostermalm"], [Roles.SocialServicesManager]);

    public TestUser FarstaSocialWorker => new("socialworker.farsta", FarstaSocial, ["farsta"], [Roles.SocialWorker]);

    public TestUser Clinician => new("clinician.bup", Bup, ["ostermalm", "farsta"], [Roles.BupClinician]);

    public TestUser Principal => new("principal.engelbrekt", School, ["ostermalm"], [Roles.Principal]);

    public TestUser OtherPrincipal => new("principal.other", OtherSchool, ["ostermalm"], [Roles.Principal]);

    public static async Task<SipWorld> CreateAsync(SamverkanApp app)
    {
        var world = new SipWorld(app);
        using var admin = app.ClientFor(TestUser.Administrator);
        await admin.RegisterDistrictAsync("ostermalm", "Östermalm");
        await admin.RegisterDistrictAsync("farsta", "Farsta");
        world.OstermalmSocial = await admin.RegisterOrganisationAsync("Socialtjänsten Östermalm", "social-services", "ostermalm");
        world.FarstaSocial = await admin.RegisterOrganisationAsync("Socialtjänsten Farsta", "social-services", "farsta");
        world.Bup = await admin.RegisterOrganisationAsync("BUP Norr", "bup", "ostermalm", "farsta");
        world.School = await admin.RegisterOrganisationAsync("Engelbrektsskolan", "school", "ostermalm");
        world.OtherSchool = await admin.RegisterOrganisationAsync("Östermalmsskolan", "school", "ostermalm");
        await app.DrainOutboxAsync();
        return world;
    }

    public async Task<Guid> ProposeAsync(TestUser? by = null, string district = "ostermalm")
    {
        using var client = _app.ClientFor(by ?? Principal);
        var response = await client.PostAsJsonAsync("/api/v1/sip/plans", new
        {
            districtCode = district, childName = "Alva Andersson", childBirthDate = "2014-04-02", childSex = "female", reason = "Stor frånvaro; behöver både socialtjänst och BUP",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    /// <summary>Proposed by the school, judged needed by Östermalm's social services (convener), with BUP and the school taking part and a draft written.</summary>
    public async Task<Guid> PlanInPreparationAsync(bool withDraft = true)
    {
        var plan = await ProposeAsync();
        using var social = _app.ClientFor(SocialWorker);
        (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/judgement", new { needed = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        foreach (var organisation in new[] { Bup, School })
        {
            (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/participants", new { organisationId = organisation })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        if (withDraft)
        {
            (await PutDraftAsync(social, plan, "Alva vill gå till skolan utan ångest", OstermalmSocial, "2026-05-04")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        return plan;
    }

    /// <summary>A plan in preparation, approved by both organisers (social services and BUP): agreed as version 1.</summary>
    public async Task<Guid> AgreedPlanAsync()
    {
        var plan = await PlanInPreparationAsync();
        (await ApproveAsync(SocialWorker, plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApproveAsync(Clinician, plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return plan;
    }

    public async Task<HttpResponseMessage> PostAsync(TestUser user, Guid plan, string action, object body)
    {
        using var client = _app.ClientFor(user);
        return await client.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/{action}", body);
    }

    public async Task<HttpResponseMessage> PutDraftAsync(HttpClient client, Guid plan, string needs, Guid? overallResponsible, string? followUpDate)
    {
        var current = await client.GetAsync($"/api/v1/sip/plans/{plan}");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sip/plans/{plan}/draft")
        {
            Content = JsonContent.Create(new
            {
                needs,
                goals = "Närvaro 80 % till sommaren",
                overallResponsibleOrganisationId = overallResponsible,
                followUpDate,
                measures = new[]
                {
                    new { description = "Samtalsstöd varje vecka", responsibleOrganisationId = Bup, responsiblePerson = "Kim Berg", startDate = "2026-03-16", dueDate = "2026-06-12", status = "planned" },
                },
            }),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        return await client.SendAsync(request);
    }

    /// <summary>Writes a draft with the given measures (anonymous objects as the API takes them), keeping the rest of the plan.</summary>
    public async Task<HttpResponseMessage> PutMeasuresAsync(TestUser user, Guid plan, object[] measures, string followUpDate = "2026-05-04")
    {
        using var client = _app.ClientFor(user);
        var current = await client.GetAsync($"/api/v1/sip/plans/{plan}");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sip/plans/{plan}/draft")
        {
            Content = JsonContent.Create(new
            {
                needs = "Alva vill gå till skolan utan ångest", goals = "Närvaro 80 % till sommaren", overallResponsibleOrganisationId = OstermalmSocial, followUpDate, measures,
            }),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        return await client.SendAsync(request);
    }

    public async Task<Guid> ConsentAsync(Guid plan, Guid[] covers, string[]? excludes = null, string validUntil = "2027-03-01", string role = "guardian", string? maturity = null)
    {
        using var social = _app.ClientFor(SocialWorker);
        var response = await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/consents", new
        {
            personName = "Sara Andersson", personRole = role, maturityJudgement = maturity, coveredOrganisationIds = covers, excludedInformation = excludes ?? [],
            validFrom = "2026-03-02", validUntil, form = "written", documentedBy = "Eva Lund, socialsekreterare",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    public async Task<JsonElement> GetAsync(TestUser user, Guid plan)
    {
        using var client = _app.ClientFor(user);
        return await (await client.GetAsync($"/api/v1/sip/plans/{plan}")).ShouldBeOkJsonAsync();
    }

    public async Task<HttpResponseMessage> ApproveAsync(TestUser user, Guid plan)
    {
        using var client = _app.ClientFor(user);
        return await client.PostAsync($"/api/v1/sip/plans/{plan}/approval", null);
    }
}
