using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MediatR;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;
using Samverkan.Host.Security;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// The real Host on a real Kestrel port against the test database, with a fake clock and real JWTs. Settings
/// may be overridden per test (for example the outbox relay switched off, to leave events in the outbox).
/// </summary>
public sealed class SamverkanApp : WebApplicationFactory<Program>
{
    public const string SigningKey = "integration-tests-signing-key-of-at-least-32-bytes";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public SamverkanApp(FakeTime time, IDictionary<string, string?>? settings = null, string environment = "Testing")
    {
        Time = time;
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Samverkan"] = TestDatabase.ConnectionString,
            ["Authentication:Jwt:Issuer"] = "samverkan-tests",
            ["Authentication:Jwt:Audience"] = "samverkan-api",
            ["Authentication:Jwt:SigningKey"] = SigningKey,
            ["Outbox:RelayEnabled"] = "false",
            ["Scheduler:Enabled"] = "false",
            ["Samverkan:SeedDemoData"] = "false",
            // Tests act as few users from one address, many times a second; RateLimitTests sets its own limits.
            ["RateLimits:PerUser:PermitLimit"] = "1000000",
            ["RateLimits:PerAddress:PermitLimit"] = "1000000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public FakeTime Time { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>
    /// An HTTP client over the real port, signed in as the given user (or anonymous). Each request carries a
    /// token issued at the fake clock's current time, as if the user signed in again whenever a test moves the
    /// clock on by days; TokenLifetimeTests covers expiry itself.
    /// </summary>
    public HttpClient ClientFor(TestUser? user = null)
    {
        StartServer();
        return user is null
            ? CreateClient()
            : CreateDefaultClient(ClientOptions.BaseAddress, new SignedIn(Services.GetRequiredService<TokenIssuer>(), user));
    }

    /// <summary>A bearer token for the user, issued at the fake clock's time, for a client outside .NET (tests/api-client).</summary>
    public string TokenFor(TestUser user)
    {
        StartServer();
        return Services.GetRequiredService<TokenIssuer>().Issue(user.ToDemoUser());
    }

    /// <summary>Relays every event waiting in the outboxes, and those their handling produced.</summary>
    public Task<int> DrainOutboxAsync() => Services.GetRequiredService<OutboxDrainer>().DrainAsync();

    /// <summary>
    /// Does what the scheduler does when every job fires (the scheduler itself is off in tests): sends each
    /// scheduled command once, at the fake clock's time, then relays what they published.
    /// </summary>
    public async Task RunScheduledCommandsAsync()
    {
        foreach (var scheduled in Services.GetRequiredService<ScheduledCommands>().All)
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send((IRequest<Unit>)Activator.CreateInstance(scheduled.CommandType)!);
        }

        await DrainOutboxAsync();
    }

    private sealed class SignedIn(TokenIssuer issuer, TestUser user) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Issue(user.ToDemoUser()));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
