using System.Net;
using System.Text;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Abuse;

/// <summary>Request bodies over the limit, and the transport headers a security review looks at.</summary>
public sealed class RequestLimitTests : IntegrationTest
{
    private const string Districts = "/api/v1/operative-forums/districts";
    private const int Megabyte = 1024 * 1024;

    [Test]
    public async Task A_body_over_one_megabyte_is_a_413_problem_not_a_dropped_connection()
    {
        using var client = App.ClientFor(TestUser.Administrator);
        using var request = new HttpRequestMessage(HttpMethod.Post, Districts) { Content = DistrictNamed(new string('x', Megabyte)) };
        // As curl and browsers do for large bodies: the server can answer before the body is sent.
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("1048576 bytes");
    }

    [Test]
    public async Task A_body_just_under_the_limit_is_read_and_judged_on_its_content()
    {
        using var client = App.ClientFor(TestUser.Administrator);

        var response = await client.PostAsync(Districts, DistrictNamed(new string('x', Megabyte - 100)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue(problem.ToString());
    }

    [Test]
    public async Task No_answer_names_the_server_software()
    {
        var api = await App.ClientFor(TestUser.SocialWorker).GetAsync(Districts);
        var anonymous = await App.ClientFor().GetAsync("/health/live");

        api.Headers.Server.ShouldBeEmpty();
        anonymous.Headers.Server.ShouldBeEmpty();
    }

    [TestCase("Production", true)]
    [TestCase("Testing", true)]
    [TestCase("Development", false)]
    public async Task Strict_transport_security_is_sent_outside_development_only(string environment, bool expected)
    {
        await using var app = new SamverkanApp(new FakeTime(Start), environment: environment);

        var response = await app.ClientFor().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.TryGetValues("Strict-Transport-Security", out var values).ShouldBe(expected);
        if (expected)
        {
            values!.ShouldBe(["max-age=31536000; includeSubDomains"]);
        }
    }

    private static StringContent DistrictNamed(string name) =>
        new($"{{\"code\":\"farsta\",\"name\":\"{name}\"}}", Encoding.UTF8, "application/json");
}
