using System.Net.Http.Json;
using Shouldly;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// Writes as a front end makes them: read the resource's ETag, send it back in If-Match; a resource that does
/// not exist yet is created with If-None-Match: *.
/// </summary>
public static class Preconditions
{
    public static async Task<string> ETagOfAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return response.Headers.ETag.ShouldNotBeNull($"GET {path} answers an ETag").ToString();
    }

    /// <summary>GET <paramref name="readPath"/> for its ETag, then PUT the body to <paramref name="path"/> with it.</summary>
    public static async Task<HttpResponseMessage> PutAfterReadingAsync(this HttpClient client, string readPath, string path, object body) =>
        await client.PutAsJsonAsync(path, body, await client.ETagOfAsync(readPath));

    /// <summary>PUT with If-Match: <paramref name="ifMatch"/>, or If-None-Match: * when it is null (the resource is created).</summary>
    public static Task<HttpResponseMessage> PutAsJsonAsync(this HttpClient client, string path, object body, string? ifMatch) =>
        client.SendAsync(WithPrecondition(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) }, ifMatch));

    public static Task<HttpResponseMessage> PostAsJsonAsync(this HttpClient client, string path, object body, string ifMatch) =>
        client.SendAsync(WithPrecondition(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) }, ifMatch));

    private static HttpRequestMessage WithPrecondition(HttpRequestMessage request, string? ifMatch)
    {
        if (ifMatch is null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        }
        else
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
