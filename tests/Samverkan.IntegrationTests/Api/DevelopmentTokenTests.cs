using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>The README's "call the API within a minute": in Development, a token for a demo user.</summary>
public sealed class DevelopmentTokenTests : IntegrationTest
{
    [Test]
    public async Task In_development_a_demo_administrator_gets_a_token_that_the_api_accepts()
    {
        await using var development = new SamverkanApp(new FakeTime(Start), environment: "Development");
        var client = development.ClientFor();
        var users = await client.GetFromJsonAsync<JsonElement>("/dev/users");
        users.EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ShouldContain("admin");

        var token = await client.PostAsJsonAsync("/dev/token", new { userName = "admin" });
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        (await client.PostAsJsonAsync("/api/v1/operative-forums/districts", new { code = "farsta", name = "Farsta" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task In_development_every_demo_user_acts_for_a_seeded_organisation_and_every_role_has_a_demo_user()
    {
        await using var development = new SamverkanApp(
            new FakeTime(Start), new Dictionary<string, string?> { ["Samverkan:SeedDemoData"] = "true" }, environment: "Development");
        var client = development.ClientFor();
        var users = (await client.GetFromJsonAsync<JsonElement>("/dev/users")).EnumerateArray().ToList();
        var token = await client.PostAsJsonAsync("/dev/token", new { userName = "admin" });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        var directory = (await client.GetFromJsonAsync<JsonElement>("/api/v1/operative-forums/organisations?pageSize=200"))
            .GetProperty("items").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetGuid(), o => o.GetProperty("name").GetString());

        foreach (var user in users)
        {
            directory.ShouldContainKeyAndValue(user.GetProperty("organisationId").GetGuid(), user.GetProperty("organisation").GetString());
        }

        users.SelectMany(u => u.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!)).Distinct()
            .ShouldBe(Samverkan.BuildingBlocks.Application.Security.Roles.All, ignoreOrder: true);
    }

    [Test]
    public async Task In_development_an_unknown_demo_user_is_a_404_naming_the_list()
    {
        await using var development = new SamverkanApp(new FakeTime(Start), environment: "Development");
        var response = await development.ClientFor().PostAsJsonAsync("/dev/token", new { userName = "nobody" });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("/dev/users");
    }

    [Test]
    public async Task Outside_development_there_is_no_way_to_mint_a_token()
    {
        var response = await App.ClientFor().PostAsJsonAsync("/dev/token", new { userName = "admin" });
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized);
    }
}
