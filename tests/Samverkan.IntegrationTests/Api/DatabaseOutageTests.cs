using System.Net;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// The database goes away under a running Host (DatabaseGate cuts its connections and refuses new ones): API
/// calls are 503 with Retry-After and say nothing of the database's internals; when it is back, so is the API.
/// </summary>
public sealed class DatabaseOutageTests : IntegrationTest
{
    private const string Districts = "/api/v1/operative-forums/districts";

    [Test]
    public async Task While_the_database_cannot_be_reached_the_api_answers_503_with_Retry_After_and_recovers_after()
    {
        await using var gate = DatabaseGate.Open();
        await using var app = StartApp(new Dictionary<string, string?> { ["ConnectionStrings:Samverkan"] = gate.ConnectionString });
        using var client = app.ClientFor(TestUser.SocialWorker);
        (await client.GetAsync(Districts)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await gate.ShutAsync();
        foreach (var call in new[] { Districts, "/api/v1/operative-forums/organisations" })
        {
            var response = await client.GetAsync(call);

            var body = (await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).ToString();
            response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
            body.ShouldNotContain("Npgsql");
            body.ShouldNotContain("SELECT", Case.Insensitive);
            body.ShouldNotContain(" at ");
        }

        gate.Reopen();
        await Eventually.ReachesAsync(
            async () => (await client.GetAsync(Districts)).StatusCode == HttpStatusCode.OK ? 1 : 0,
            1,
            TimeSpan.FromSeconds(10),
            () => "the API did not answer 200 again after the database came back");
    }
}
