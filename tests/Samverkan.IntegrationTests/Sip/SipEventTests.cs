using System.Net;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>The flow's events through the outbox: proposed, judged, convened, agreed, consent withdrawn and closed; none carries the child.</summary>
public sealed class SipEventTests : IntegrationTest
{
    [Test]
    public async Task Each_milestone_goes_out_once_through_the_outbox_without_the_child()
    {
        var world = await SipWorld.CreateAsync(App);
        var plan = await world.AgreedPlanAsync();
        (await world.PostAsync(world.SocialWorker, plan, "meetings", new
        {
            date = "2026-03-16", startsAt = "09:00", endsAt = "10:00", form = "digital", joinInformation = "https://mote.example.se/1", question = "Vem gör vad?",
            calls = new[] { new { organisationId = world.Bup, question = "BUP:s stöd?" } },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var consent = await world.ConsentAsync(plan, [world.Bup]);
        App.Time.Advance(TimeSpan.FromMinutes(5));
        (await App.ClientFor(world.SocialWorker).PostAsync($"/api/v1/sip/plans/{plan}/consents/{consent}/withdrawal", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        foreach (var type in new[] { "SipProposed", "SipJudged", "SipMeetingCalled", "SipPlanAgreed", "SipConsentWithdrawn", "SipPlanClosed" })
        {
            (await TestDatabase.ScalarAsync<long>($"SELECT count(*) FROM sip.outbox_messages WHERE type LIKE '%.{type}%' AND payload::text LIKE $1", $"%{plan}%"))
                .ShouldBe(1, type);
        }

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM sip.outbox_messages WHERE type LIKE '%.Sip%' AND (payload::text LIKE '%Alva%' OR payload::text LIKE '%2014-04-02%')"))
            .ShouldBe(0);
    }
}
