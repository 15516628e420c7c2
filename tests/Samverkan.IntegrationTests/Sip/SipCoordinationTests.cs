using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.Notifications;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>SIP-coordination functions per district or BUS group, the report of where none exists, and a coordinator's overview of the area's open plans.</summary>
public sealed class SipCoordinationTests : IntegrationTest
{
    private static readonly Guid CityOffice = Guid.Parse("a0000000-0000-4000-8000-000000000040");

    private static readonly TestUser OstermalmCoordinator = new("coordinator.ostermalm", CityOffice, ["ostermalm"], [Roles.Coordinator]);

    private static readonly TestUser FarstaCoordinator = new("coordinator.farsta", CityOffice, ["farsta"], [Roles.Coordinator]);

    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [Test]
    public async Task A_district_without_a_function_and_one_with_a_vacant_post_are_reported()
    {
        await EstablishAsync(TestUser.Administrator, "ostermalm", OstermalmCoordinator.UserName);
        var farsta = await EstablishAsync(TestUser.Administrator, "farsta", null);

        var report = await GetOkAsync<List<JsonElement>>(OstermalmCoordinator, $"/api/v1/sip/coordination/uncovered-districts");
        report.Select(r => (r.GetProperty("code").GetString(), r.GetProperty("reason").GetString())).ShouldBe([("farsta", "vacant")]);

        using var admin = App.ClientFor(TestUser.Administrator);
        var current = await admin.GetAsync("/api/v1/sip/coordination-functions");
        current.StatusCode.ShouldBe(HttpStatusCode.OK);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sip/coordination-functions/{farsta}")
        {
            Content = JsonContent.Create(new { coordinatorUserId = (string?)null, validFrom = "2026-01-01", validUntil = "2026-02-28" }),
        };
        put.Headers.IfMatch.Add(await ETagOfAsync(farsta));
        (await admin.SendAsync(put)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        report = await GetOkAsync<List<JsonElement>>(OstermalmCoordinator, $"/api/v1/sip/coordination/uncovered-districts");
        report.Select(r => (r.GetProperty("code").GetString(), r.GetProperty("reason").GetString())).ShouldBe([("farsta", "none")]);
    }

    [Test]
    public async Task A_bus_group_function_covers_its_districts_and_names_them_as_data()
    {
        var response = await App.ClientFor(TestUser.Administrator).PostAsJsonAsync("/api/v1/sip/coordination-functions", new
        {
            name = "SIP-samordning BUS Söder", areaKind = "bus-group", areaId = Guid.NewGuid().ToString(), areaName = "Lokal BUS-grupp Söder", districtCodes = new[] { "ostermalm", "farsta" },
            validFrom = "2026-01-01",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        (await GetOkAsync<List<JsonElement>>(TestUser.Administrator, $"/api/v1/sip/coordination/uncovered-districts")).Select(r => r.GetProperty("reason").GetString())
            .ShouldBe(["vacant", "vacant"]);
        var unknown = await App.ClientFor(TestUser.Administrator).PostAsJsonAsync("/api/v1/sip/coordination-functions", new
        {
            name = "X", areaKind = "district", areaId = "atlantis", areaName = "Atlantis", validFrom = "2026-01-01",
        });
        unknown.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Only_administrators_and_coordinators_of_the_district_manage_functions()
    {
        (await App.ClientFor(_world.SocialWorker).PostAsJsonAsync("/api/v1/sip/coordination-functions", Function("ostermalm", null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(FarstaCoordinator).PostAsJsonAsync("/api/v1/sip/coordination-functions", Function("ostermalm", null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(OstermalmCoordinator).PostAsJsonAsync("/api/v1/sip/coordination-functions", Function("ostermalm", null))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await App.ClientFor(_world.SocialWorker).GetAsync("/api/v1/sip/coordination/uncovered-districts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_coordinator_sees_the_open_plans_of_the_area_with_next_date_overdue_items_and_consent()
    {
        var function = await EstablishAsync(TestUser.Administrator, "ostermalm", OstermalmCoordinator.UserName);
        var agreed = await _world.AgreedPlanAsync();
        await _world.ConsentAsync(agreed, [_world.Bup, _world.School], validUntil: "2026-04-20");
        var preparing = await _world.PlanInPreparationAsync(withDraft: false);
        var farstaPlan = await _world.ProposeAsync(_world.FarstaSocialWorker, "farsta");
        await App.DrainOutboxAsync();
        await new DeadlineWorld(App).DayAsync(new DateOnly(2026, 3, 25));

        var overview = await GetOkAsync<JsonElement>(OstermalmCoordinator, $"/api/v1/sip/coordination-functions/{function}/overview");

        overview.GetProperty("consentExpiringWithinDays").GetInt32().ShouldBe(30);
        overview.GetProperty("consentExpiringSource").GetString()!.ShouldContain("Lokalt val");
        var plans = overview.GetProperty("plans").EnumerateArray().ToDictionary(p => p.GetProperty("planId").GetGuid());
        plans.Keys.ShouldBe([agreed, preparing], ignoreOrder: true);
        plans[agreed].GetProperty("consent").GetString().ShouldBe("expiring");
        plans[agreed].GetProperty("consentEndsOn").GetString().ShouldBe("2026-04-20");
        plans[agreed].GetProperty("nextDate").GetString().ShouldBe("2026-05-04");
        plans[agreed].GetProperty("nextDateKind").GetString().ShouldBe("sip-follow-up");
        plans[preparing].GetProperty("consent").GetString().ShouldBe("missing");
        plans[preparing].GetProperty("overdue").EnumerateArray().Select(o => (o.GetProperty("kind").GetString(), o.GetProperty("dueDate").GetString()))
            .ShouldBe([("sip-first-meeting", "2026-03-23")]);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM sip.audit_entries WHERE operation = 'coordinator-overview-read' AND subject_id = $1", agreed)).ShouldBe(1);

        (await App.ClientFor(OstermalmCoordinator).GetAsync($"/api/v1/sip/coordination-functions/{function}/plans/{farstaPlan}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(OstermalmCoordinator).GetAsync($"/api/v1/sip/coordination-functions/{function}/plans/{agreed}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Another_coordinator_and_a_vacant_post_reach_no_overview()
    {
        var function = await EstablishAsync(TestUser.Administrator, "ostermalm", OstermalmCoordinator.UserName);
        var vacant = await EstablishAsync(TestUser.Administrator, "farsta", null);

        (await App.ClientFor(FarstaCoordinator).GetAsync($"/api/v1/sip/coordination-functions/{function}/overview")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(FarstaCoordinator).GetAsync($"/api/v1/sip/coordination-functions/{vacant}/overview")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The administrator manages functions but reads no child's data through them.
        (await App.ClientFor(TestUser.Administrator).GetAsync($"/api/v1/sip/coordination-functions/{function}/overview")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<T> GetOkAsync<T>(TestUser user, string path)
    {
        var response = await App.ClientFor(user).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static object Function(string district, string? coordinator) =>
        new { name = $"SIP-samordning {district}", areaKind = "district", areaId = district, areaName = district, coordinatorUserId = coordinator, validFrom = "2026-01-01" };

    private async Task<Guid> EstablishAsync(TestUser by, string district, string? coordinator)
    {
        var response = await App.ClientFor(by).PostAsJsonAsync("/api/v1/sip/coordination-functions", Function(district, coordinator));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    private static async Task<System.Net.Http.Headers.EntityTagHeaderValue> ETagOfAsync(Guid function)
    {
        var version = await TestDatabase.ScalarAsync<long>("SELECT version FROM sip.coordination_functions WHERE id = $1", function);
        return new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\"");
    }
}
