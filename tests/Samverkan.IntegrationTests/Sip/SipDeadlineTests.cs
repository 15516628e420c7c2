using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.Notifications;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>The time to the first meeting and the follow-up date, reminded and escalated by the deadline engine (docs/adr/0006).</summary>
public sealed class SipDeadlineTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [Test]
    public async Task The_first_meeting_is_due_three_weeks_after_the_judgement_labelled_with_its_source_reminded_and_escalated()
    {
        var plan = await _world.PlanInPreparationAsync(withDraft: false);
        await App.DrainOutboxAsync();

        var deadline = (await _world.GetAsync(_world.SocialWorker, plan)).GetProperty("deadlines")[0];
        deadline.GetProperty("kind").GetString().ShouldBe("sip-first-meeting");
        deadline.GetProperty("dueDate").GetString().ShouldBe("2026-03-23");
        deadline.GetProperty("ruleReference").GetString()!.ShouldContain("tre veckor");

        var days = new DeadlineWorld(App);
        await days.DayAsync(new DateOnly(2026, 3, 16));
        (await days.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldContain("Första SIP-möte: förfaller 2026-03-23");
        (await days.InboxOfAsync(_world.Clinician)).Where(n => n.Kind == "deadline-reminder").ShouldBeEmpty();

        await days.DayAsync(new DateOnly(2026, 3, 26));
        (await days.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldContain("Första SIP-möte: försenad (förföll 2026-03-23)");
        (await days.InboxOfAsync(_world.Manager)).Select(n => n.Title).ShouldContain("Första SIP-möte: försenad, till ansvarig chef");
    }

    [Test]
    public async Task Recording_the_first_meeting_meets_its_deadline()
    {
        var plan = await _world.PlanInPreparationAsync(withDraft: false);
        using var social = App.ClientFor(_world.SocialWorker);

        (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plan}/first-meeting", new { heldOn = "2026-03-02" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var seen = await _world.GetAsync(_world.SocialWorker, plan);
        seen.GetProperty("firstMeetingHeldOn").GetString().ShouldBe("2026-03-02");
        seen.GetProperty("deadlines")[0].GetProperty("status").GetString().ShouldBe("Met");
    }

    [Test]
    public async Task The_follow_up_date_of_an_agreed_plan_is_reminded_to_the_organiser_with_overall_responsibility()
    {
        var plan = await _world.PlanInPreparationAsync();
        await _world.ApproveAsync(_world.SocialWorker, plan);
        await _world.ApproveAsync(_world.Clinician, plan);
        await App.DrainOutboxAsync();

        var followUp = (await _world.GetAsync(_world.SocialWorker, plan)).GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "sip-follow-up");
        followUp.GetProperty("dueDate").GetString().ShouldBe("2026-05-04");

        var days = new DeadlineWorld(App);
        await days.DayAsync(new DateOnly(2026, 4, 27));
        (await days.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldContain("Uppföljning av SIP: förfaller 2026-05-04");
        await days.DayAsync(new DateOnly(2026, 5, 12));
        (await days.InboxOfAsync(_world.Manager)).Select(n => n.Title).ShouldContain("Uppföljning av SIP: försenad, till ansvarig chef");
    }
}
