using System.Net;
using System.Net.Http.Json;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

/// <summary>Calls of the OperativeForums API the forum tests share: a small directory and forums in it.</summary>
internal static class ForumsApi
{
    public const string Base = "/api/v1/operative-forums";

    public static async Task<Guid> PostForIdAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(Base + path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    public static async Task<T> GetOkAsync<T>(this HttpClient client, string path)
    {
        var response = await client.GetAsync(Base + path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>Östermalm and Farsta, each with social services, a municipal school and the police; Östermalm also an independent school.</summary>
    public static async Task<Directory> SeedDirectoryAsync(this HttpClient admin)
    {
        foreach (var (code, name) in new[] { ("ostermalm", "Östermalm"), ("farsta", "Farsta") })
        {
            var r = await admin.PostAsJsonAsync($"{Base}/districts", new { code, name }); r.StatusCode.ShouldBe(HttpStatusCode.Created, r.Headers.WwwAuthenticate.ToString() + await r.Content.ReadAsStringAsync());
        }

        return new Directory(
            await Organisation(admin, "Socialtjänsten Östermalm", "social-services", false, "ostermalm"),
            await Organisation(admin, "Engelbrektsskolan", "school", false, "ostermalm"),
            await Organisation(admin, "Ekbackens friskola", "school", true, "ostermalm"),
            await Organisation(admin, "Lokalpolisområde Norrmalm", "police", false, "ostermalm"),
            await Organisation(admin, "Socialtjänsten Farsta", "social-services", false, "farsta"));
    }

    public static Task<Guid> CreateForumAsync(this HttpClient client, string district = "ostermalm", string name = "Operativt forum Östermalm", int expected = 2) =>
        client.PostForIdAsync("/forums", new { districtCode = district, name, kind = "operative-forum", expectedMeetingsPerTerm = expected });

    private static Task<Guid> Organisation(HttpClient admin, string name, string kind, bool independent, string district) =>
        admin.PostForIdAsync("/organisations", new { name, kind, organiser = independent ? "Ekbacken AB" : "Stockholms stad", isIndependent = independent, districtCodes = new[] { district } });

    internal sealed record Directory(Guid OstermalmSocialServices, Guid MunicipalSchool, Guid IndependentSchool, Guid Police, Guid FarstaSocialServices);
}
