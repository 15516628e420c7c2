using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Samverkan.IntegrationTests.Sip;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>
/// SIP's directory (Östermalm's and Farsta's social services, BUP Norr, two schools) with the city's BUS
/// coordinator and the county secretariat, and helpers that set up a local BUS group through the API.
/// </summary>
public sealed class BusWorld
{
    private readonly SamverkanApp _app;

    private BusWorld(SamverkanApp app, SipWorld sip)
    {
        _app = app;
        Sip = sip;
    }

    public SipWorld Sip { get; }

    public TestUser Coordinator => new("coordinator.city", Sip.OstermalmSocial, ["ostermalm", "farsta"], [Roles.Coordinator]);

    public TestUser County => new("secretariat.county", Guid.Parse("a0000000-0000-4000-8000-0000000000c0"), [], [Roles.BusCountySecretariat]);

    public static async Task<BusWorld> CreateAsync(SamverkanApp app) => new(app, await SipWorld.CreateAsync(app));

    public async Task<Guid> CreateGroupAsync(string name = "BUS Östermalm", string startsOn = "2026-01-01", params string[] districts)
    {
        var response = await PostAsync(Coordinator, "/api/v1/bus/groups", new
        {
            name, startsOn, areas = (districts.Length == 0 ? ["ostermalm"] : districts).Select(d => new { kind = "district", code = d }).Append(new { kind = "region-unit", code = "bup-norr" }),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    public async Task AddCatalogueEntryAsync(string catalogue, string code, string name, int? scaleMax = null)
    {
        var response = await PostAsync(Coordinator, $"/api/v1/bus/catalogues/{catalogue}", new { code, name, source = "Local choice of the BUS group (test)", scaleMax });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpResponseMessage> ReportDeviationAsync(TestUser by, Guid group, string description = "Remissvar från BUP uteblev trots påminnelse", string category = "information-not-shared", string district = "ostermalm") =>
        await PostAsync(by, $"/api/v1/bus/groups/{group}/deviations", new
        {
            category, districtCode = district, concernedOrganisationIds = new[] { Sip.Bup }, description, occurredOn = "2026-02-20", respondBy = "2026-03-20",
        });

    public async Task<HttpResponseMessage> PostAsync(TestUser user, string path, object? body)
    {
        using var client = _app.ClientFor(user);
        return body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
    }

    public async Task<HttpResponseMessage> GetAsync(TestUser user, string path)
    {
        using var client = _app.ClientFor(user);
        return await client.GetAsync(path);
    }

    public async Task<JsonElement> GetJsonAsync(TestUser user, string path) => await (await GetAsync(user, path)).ShouldBeOkJsonAsync();
}

/// <summary>Reads a 201 the way a client would: the id it answers.</summary>
public static class BusResponses
{
    public static async Task<Guid> ShouldBeCreatedAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }
}
