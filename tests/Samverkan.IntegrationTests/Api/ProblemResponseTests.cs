using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>What a district front end sees when it gets something wrong: a problem response that says what.</summary>
public sealed class ProblemResponseTests : IntegrationTest
{
    [Test]
    public async Task An_anonymous_call_is_refused_with_401()
    {
        var response = await App.ClientFor().GetAsync("/api/v1/operative-forums/districts");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_signed_with_another_key_is_refused_with_401()
    {
        var client = App.ClientFor();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        (await client.GetAsync("/api/v1/operative-forums/districts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_social_worker_may_read_the_directory_but_not_change_it()
    {
        var client = App.ClientFor(TestUser.SocialWorker);
        (await client.GetAsync("/api/v1/operative-forums/districts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await client.PostAsJsonAsync("/api/v1/operative-forums/districts", new { code = "farsta", name = "Farsta" });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Every_invalid_field_is_named_in_one_400_response()
    {
        var response = await App.ClientFor(TestUser.Administrator).PostAsJsonAsync("/api/v1/operative-forums/districts", new { code = "Farsta!", name = "" });

        var problem = await ProblemOf(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("code")[0].GetString()!.ShouldContain("lower-case");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
    }

    [Test]
    public async Task A_body_that_is_not_json_is_a_400_not_a_500()
    {
        var content = new StringContent("{ not json", Encoding.UTF8, "application/json");
        var response = await App.ClientFor(TestUser.Administrator).PostAsync("/api/v1/operative-forums/districts", content);
        await ProblemOf(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_organisation_in_an_unknown_district_breaks_a_rule_and_names_the_district()
    {
        var response = await App.ClientFor(TestUser.Administrator).PostAsJsonAsync("/api/v1/operative-forums/organisations",
            new { name = "Ny skola", kind = "school", organiser = "Stockholms stad", isIndependent = false, districtCodes = new[] { "atlantis" } });

        var problem = await ProblemOf(response, HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString()!.ShouldContain("atlantis");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM operative_forums.organisations")).ShouldBe(0);
    }

    [Test]
    public async Task Registering_a_district_twice_is_a_409_and_keeps_the_first()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.RegisterDistrictAsync("farsta", "Farsta");

        var response = await admin.PostAsJsonAsync("/api/v1/operative-forums/districts", new { code = "farsta", name = "Något annat" });

        await ProblemOf(response, HttpStatusCode.Conflict);
        (await TestDatabase.ScalarAsync<string>("SELECT name FROM operative_forums.districts WHERE code = 'farsta'")).ShouldBe("Farsta");
    }

    [Test]
    public async Task An_unexpected_failure_is_a_500_with_a_trace_id_and_nothing_of_the_failure_itself()
    {
        // A failure no handler expects: the table behind the directory is gone for the moment.
        await TestDatabase.ExecuteAsync("ALTER TABLE operative_forums.districts RENAME TO districts_away");
        try
        {
            var response = await App.ClientFor(TestUser.Administrator).GetAsync("/api/v1/operative-forums/districts");

            var problem = await ProblemOf(response, HttpStatusCode.InternalServerError);
            problem.GetProperty("detail").GetString()!.ShouldContain("traceId");
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("operative_forums", customMessage: "no SQL, schema or table names in a response");
        }
        finally
        {
            await TestDatabase.ExecuteAsync("ALTER TABLE operative_forums.districts_away RENAME TO districts");
        }
    }

    [Test]
    public async Task Health_and_the_openapi_document_are_served_without_a_token()
    {
        var client = App.ClientFor();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        ready.GetProperty("checks").GetProperty("database").GetString().ShouldBe("Healthy");

        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        openApi.GetProperty("paths").TryGetProperty("/api/v1/operative-forums/districts", out _).ShouldBeTrue();
        openApi.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).ShouldBeTrue();
    }

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)expected);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue();
        body.ShouldNotContain("   at ", customMessage: "no stack trace in a response");
        return problem;
    }
}
