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

        (await client.PostAsJsonAsync("/api/operative-forums/districts", new { code = "farsta", name = "Farsta" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
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
