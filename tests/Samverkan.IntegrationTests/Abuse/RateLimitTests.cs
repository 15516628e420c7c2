using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Abuse;

/// <summary>
/// Low limits over a short real window (the rate limiter takes no TimeProvider, so the fake clock cannot move
/// it): a user past the limit gets 429 with Retry-After, others go on, and the user may call again after it.
/// </summary>
public sealed class RateLimitTests : IntegrationTest
{
    private const string Districts = "/api/v1/operative-forums/districts";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:PerUser:PermitLimit"] = "3",
        ["RateLimits:PerUser:Window"] = Window.ToString(),
        ["RateLimits:PerAddress:PermitLimit"] = "2",
        ["RateLimits:PerAddress:Window"] = Window.ToString(),
    };

    [Test]
    public async Task A_user_past_the_limit_gets_429_with_Retry_After_others_do_not_and_it_lifts_after_the_window()
    {
        using var busy = App.ClientFor(TestUser.SocialWorker);
        using var other = App.ClientFor(TestUser.FarstaManager);
        // A first call compiles the endpoint, which on a loaded machine can outlast a short window.
        (await App.ClientFor(TestUser.Administrator).GetAsync(Districts)).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var i = 0; i < 3; i++)
        {
            (await busy.GetAsync(Districts)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await busy.GetAsync(Districts);

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        retryAfter.ShouldBeInRange(TimeSpan.FromSeconds(1), Window);
        (await other.GetAsync(Districts)).StatusCode.ShouldBe(HttpStatusCode.OK, "another user has a limit of their own");

        await Task.Delay(retryAfter + TimeSpan.FromMilliseconds(200));
        (await busy.GetAsync(Districts)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Calls_without_a_token_are_limited_per_address_and_health_probes_never()
    {
        using var anonymous = App.ClientFor();
        var feed = $"{Districts[..^"districts".Length]}calendar-feeds/{Guid.NewGuid():N}/calendar.ics";
        (await anonymous.GetAsync(feed)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(feed)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var refused = await anonymous.GetAsync(feed);

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 5; i++)
        {
            (await anonymous.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task The_development_token_endpoint_is_limited_per_address()
    {
        await using var development = new SamverkanApp(new FakeTime(Start), Settings, environment: "Development");
        using var client = development.ClientFor();
        (await client.PostAsJsonAsync("/dev/token", new { userName = "admin" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/dev/token", new { userName = "admin" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.PostAsJsonAsync("/dev/token", new { userName = "admin" });

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }
}
