using System.Net.Http.Json;
using Shouldly;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>Fills the organisation directory through its API, as an administrator would.</summary>
public static class DirectoryApi
{
    public static async Task RegisterDistrictAsync(this HttpClient admin, string code, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/operative-forums/districts", new { code, name });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Guid> RegisterOrganisationAsync(this HttpClient admin, string name, string kind, params string[] districtCodes)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/operative-forums/organisations",
            new { name, kind, organiser = "Stockholms stad", isIndependent = false, districtCodes });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }
}
