using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>README, "Call the API": a newcomer opens Swagger UI without a token and pastes one into Authorize.</summary>
public sealed class SwaggerUiTests : IntegrationTest
{
    [Test]
    public async Task In_development_the_page_is_public_but_the_api_stays_closed()
    {
        await using var development = new SamverkanApp(new FakeTime(Start), environment: "Development");
        using var client = development.ClientFor();

        var page = await client.GetAsync("/swagger/index.html");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
        (await client.GetAsync("/api/v1/operative-forums/districts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_document_declares_the_bearer_scheme_for_the_authorize_button()
    {
        var document = await App.ClientFor().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        bearer.GetProperty("type").GetString().ShouldBe("http");
        bearer.GetProperty("scheme").GetString().ShouldBe("bearer");
        document.GetProperty("security")[0].TryGetProperty("Bearer", out _).ShouldBeTrue();
    }

    [Test]
    public async Task Outside_development_swagger_ui_is_not_mapped()
    {
        using var client = App.ClientFor(TestUser.Administrator);

        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
