using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.Host.Security;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

public sealed class TokenLifetimeTests : IntegrationTest
{
    [Test]
    public async Task A_token_is_accepted_within_its_eight_hours_and_refused_after()
    {
        var token = App.Services.GetRequiredService<TokenIssuer>().Issue(TestUser.SocialWorker.ToDemoUser());
        var client = App.ClientFor();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        App.Time.Advance(TimeSpan.FromHours(7));
        (await client.GetAsync("/api/v1/operative-forums/districts")).StatusCode.ShouldBe(HttpStatusCode.OK);

        App.Time.Advance(TimeSpan.FromHours(2));
        (await client.GetAsync("/api/v1/operative-forums/districts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
