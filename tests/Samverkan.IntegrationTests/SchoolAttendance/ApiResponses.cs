using System.Net;
using System.Text.Json;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>Reads problem responses the way a client would: status, and the rule a 422 names.</summary>
public static class ApiResponses
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a 422 and returns the rule it names.</summary>
    public static async Task<string> ShouldBreakRuleAsync(this HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        return problem.GetProperty("rule").GetString()!;
    }

    public static async Task<JsonElement> ShouldBeOkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
