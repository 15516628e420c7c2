using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>
/// The directory a school-attendance test needs, registered the way production does it: an administrator
/// registers districts and organisations in OperativeForums, and the outbox carries them to this module's
/// copy. The users act for those organisations with real tokens.
/// </summary>
public sealed class SchoolWorld
{
    private readonly SamverkanApp _app;

    private SchoolWorld(SamverkanApp app) => _app = app;

    /// <summary>The city's education office, organiser (huvudman) of both schools.</summary>
    public Guid CityOrganiser { get; private set; }

    public Guid Engelbrekt { get; private set; }

    public Guid Farstaskolan { get; private set; }

    public Guid OstermalmSocial { get; private set; }

    public Guid FarstaSocial { get; private set; }

    public TestUser Principal => new("principal.engelbrekt", Engelbrekt, ["ostermalm"], [Roles.Principal]);

    public TestUser Counsellor => new("counsellor.engelbrekt", Engelbrekt, ["ostermalm"], [Roles.SchoolCounsellor]);

    public TestUser Teacher => new("teacher.engelbrekt", Engelbrekt, ["ostermalm"], [Roles.Teacher]);

    public TestUser Organiser => new("organiser.city", CityOrganiser, ["ostermalm", "farsta"], [Roles.SchoolOrganiser]);

    public TestUser OtherPrincipal => new("principal.farsta", Farstaskolan, ["farsta"], [Roles.Principal]);

    public TestUser SocialWorker => new("socialworker.ostermalm", OstermalmSocial, ["ostermalm"], [Roles.SocialWorker]);

    public TestUser FarstaSocialWorker => new("socialworker.farsta", FarstaSocial, ["farsta"], [Roles.SocialWorker]);

    public static async Task<SchoolWorld> CreateAsync(SamverkanApp app)
    {
        var world = new SchoolWorld(app);
        using var admin = app.ClientFor(TestUser.Administrator);
        foreach (var (code, name) in new[] { ("ostermalm", "Östermalm"), ("farsta", "Farsta") })
        {
            (await admin.PostAsJsonAsync("/api/v1/operative-forums/districts", new { code, name })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        world.CityOrganiser = await RegisterAsync(admin, "Utbildningsförvaltningen", "school-organiser", "ostermalm", "farsta");
        world.Engelbrekt = await RegisterAsync(admin, "Engelbrektsskolan", "school", "ostermalm", organiserId: world.CityOrganiser);
        world.Farstaskolan = await RegisterAsync(admin, "Farsta grundskola", "school", "farsta", organiserId: world.CityOrganiser);
        world.OstermalmSocial = await RegisterAsync(admin, "Socialtjänsten Östermalm", "social-services", "ostermalm");
        world.FarstaSocial = await RegisterAsync(admin, "Socialtjänsten Farsta", "social-services", "farsta");
        await world.DrainAsync();
        return world;
    }

    public Task<int> DrainAsync() => _app.DrainOutboxAsync();

    /// <summary>Registers a pupil of Engelbrektsskolan (Östermalm), living in Östermalm unless told otherwise, born on the given day (serial 238: a girl, 237: a boy).</summary>
    public async Task<Guid> RegisterPupilAsync(DateOnly born, string schoolForm = "compulsory", bool protectedIdentity = false, string serial = "238", string homeDistrict = "ostermalm")
    {
        using var principal = _app.ClientFor(Principal);
        var response = await principal.PostAsJsonAsync("/api/v1/school-attendance/pupils", new
        {
            personalIdentityNumber = Pin(born, serial),
            schoolId = Engelbrekt,
            organiserId = CityOrganiser,
            homeDistrictCode = homeDistrict,
            schoolForm,
            hasProtectedIdentity = protectedIdentity,
            address = "Storgatan 1, Stockholm",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    /// <summary>The school reports a concern about the pupil; the outbox carries it to social services.</summary>
    public async Task<Guid> ReportConcernAsync(Guid pupil, bool drain = true)
    {
        using var principal = _app.ClientFor(Principal);
        var response = await principal.PostAsJsonAsync($"/api/v1/school-attendance/pupils/{pupil}/reports-of-concern", new { observations = "Frånvaro 40 % i tre veckor, säger att hon inte vågar gå till skolan" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        if (drain)
        {
            await DrainAsync();
        }

        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    /// <summary>The newest intake the Östermalm social worker sees.</summary>
    public async Task<Guid> LatestIntakeAsync()
    {
        using var social = _app.ClientFor(SocialWorker);
        var page = await (await social.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync();
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>The school reports a concern about the pupil and the Östermalm social worker decides to investigate; the investigation's id.</summary>
    public async Task<Guid> OpenInvestigationAsync(Guid pupil)
    {
        await ReportConcernAsync(pupil);
        using var social = _app.ClientFor(SocialWorker);
        var decision = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{await LatestIntakeAsync()}/decision", new { openInvestigation = true, reasons = "Oro för skolgången" });
        return (await decision.ShouldBeOkJsonAsync()).GetProperty("investigationId").GetGuid();
    }

    public async Task<JsonElement> GetInvestigationAsync(Guid investigation)
    {
        using var social = _app.ClientFor(SocialWorker);
        return await (await social.GetAsync($"/api/v1/social-services/investigations/{investigation}")).ShouldBeOkJsonAsync();
    }

    /// <summary>A valid twelve-digit personnummer for the birth date (check digit by the Luhn rule).</summary>
    public static string Pin(DateOnly born, string serial, int dayOffset = 0)
    {
        var nine = string.Create(CultureInfo.InvariantCulture, $"{born.Year % 100:D2}{born.Month:D2}{born.Day + dayOffset:D2}{serial}");
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{born.Year / 100:D2}{nine[..6]}-{nine[6..]}{(10 - sum % 10) % 10}");
    }

    private static async Task<Guid> RegisterAsync(HttpClient admin, string name, string kind, params string[] districts) =>
        await RegisterAsync(admin, name, kind, districts, organiserId: null);

    private static async Task<Guid> RegisterAsync(HttpClient admin, string name, string kind, string district, Guid? organiserId) =>
        await RegisterAsync(admin, name, kind, [district], organiserId);

    private static async Task<Guid> RegisterAsync(HttpClient admin, string name, string kind, string[] districts, Guid? organiserId)
    {
        var response = await admin.PostAsJsonAsync(
            "/api/v1/operative-forums/organisations", new { name, kind, organiser = "Stockholms stad", isIndependent = false, districtCodes = districts, organiserId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }
}
