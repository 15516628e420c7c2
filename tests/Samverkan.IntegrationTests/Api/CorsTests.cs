using System.Net;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>A district front end on its own origin calls the API from a browser; other origins get no CORS answer.</summary>
public sealed class CorsTests : IntegrationTest
{
    private const string FrontEnd = "https://farsta.frontend.example";
    private const string Stranger = "https://elsewhere.example";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Cors:AllowedOrigins:0"] = FrontEnd,
        ["Cors:AllowedOrigins:1"] = "https://ostermalm.frontend.example",
    };

    [Test]
    public async Task A_preflight_from_an_allowed_origin_is_answered_before_authentication()
    {
        var response = await App.ClientFor().SendAsync(Preflight("/api/v1/school-attendance/pupils", FrontEnd, "POST", "authorization,content-type,idempotency-key"));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Header(response, "Access-Control-Allow-Origin").ShouldBe(FrontEnd);
        Header(response, "Access-Control-Allow-Methods")!.ShouldContain("POST");
        var allowedHeaders = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "idempotency-key" })
        {
            allowedHeaders.ShouldContain(header);
        }

        response.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();
    }

    [Test]
    public async Task A_preflight_for_an_edit_allows_if_match()
    {
        var response = await App.ClientFor().SendAsync(Preflight("/api/v1/notifications/email-address", FrontEnd, "PUT", "authorization,content-type,if-match"));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Header(response, "Access-Control-Allow-Methods")!.ShouldContain("PUT");
        Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant().ShouldContain("if-match");
    }

    [Test]
    public async Task A_preflight_from_a_refused_origin_gets_no_allow_origin_and_an_unused_header_is_not_allowed()
    {
        var stranger = await App.ClientFor().SendAsync(Preflight("/api/v1/school-attendance/pupils", Stranger, "POST", "authorization"));
        var oddHeader = await App.ClientFor().SendAsync(Preflight("/api/v1/school-attendance/pupils", FrontEnd, "POST", "x-custom"));

        stranger.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        // The answer lists the headers the API takes; the browser then refuses to send one not among them.
        (Header(oddHeader, "Access-Control-Allow-Headers") ?? string.Empty).ToLowerInvariant().ShouldNotContain("x-custom");
    }

    [Test]
    public async Task A_get_from_an_allowed_origin_carries_the_allow_origin_and_exposes_etag_location_and_retry_after()
    {
        using var client = App.ClientFor(TestUser.SocialWorker);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/operative-forums/districts");
        request.Headers.Add("Origin", FrontEnd);

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(response, "Access-Control-Allow-Origin").ShouldBe(FrontEnd);
        var exposed = Header(response, "Access-Control-Expose-Headers")!.ToLowerInvariant();
        foreach (var header in new[] { "etag", "location", "retry-after" })
        {
            exposed.ShouldContain(header);
        }
    }

    [Test]
    public async Task The_admin_console_and_the_jobs_dashboard_are_not_opened_to_other_origins()
    {
        foreach (var path in new[] { "/admin/login", "/admin/jobs" })
        {
            var preflight = await App.ClientFor().SendAsync(Preflight(path, FrontEnd, "POST", "content-type"));
            using var get = new HttpRequestMessage(HttpMethod.Get, path);
            get.Headers.Add("Origin", FrontEnd);
            var response = await App.ClientFor().SendAsync(get);

            preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse(path);
            response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse(path);
        }
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}

/// <summary>Without Cors:AllowedOrigins the API answers no origin at all.</summary>
public sealed class CorsOffByDefaultTests : IntegrationTest
{
    [Test]
    public async Task No_origin_is_allowed_when_none_is_configured()
    {
        using var client = App.ClientFor(TestUser.SocialWorker);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/operative-forums/districts");
        request.Headers.Add("Origin", "https://farsta.frontend.example");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        response.Headers.Contains("Access-Control-Expose-Headers").ShouldBeFalse();
    }
}
