using System.Net;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>The headers a security review checks first, on the API and on the admin console.</summary>
public sealed class SecurityHeaderTests : IntegrationTest
{
    [Test]
    public async Task Api_answers_are_not_cached_sniffed_or_referred()
    {
        var response = await App.ClientFor(TestUser.SocialWorker).GetAsync("/api/v1/operative-forums/districts");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Test]
    public async Task A_refused_api_call_carries_the_same_headers()
    {
        var response = await App.ClientFor().GetAsync("/api/v1/operative-forums/districts");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Test]
    public async Task The_admin_console_cannot_be_framed_and_runs_no_scripts()
    {
        var response = await App.ClientFor().GetAsync("/admin/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("form-action 'self'");
        policy.ShouldNotContain("script-src");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }
}
