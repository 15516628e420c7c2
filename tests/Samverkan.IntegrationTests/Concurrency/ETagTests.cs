using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.OperativeForums;
using Samverkan.IntegrationTests.SchoolAttendance;
using Samverkan.OperativeForums.Application.Features.Meetings.GetMeeting;
using Shouldly;

namespace Samverkan.IntegrationTests.Concurrency;

/// <summary>
/// ETag and If-Match as a front end edits from two screens (docs/adr/0010): a GET answers the version, a write
/// with it succeeds and answers the next one, a stale one is 412 with the current version, a PUT without one is
/// 428, and nothing is silently overwritten.
/// </summary>
public sealed class ETagTests : IntegrationTest
{
    [Test]
    public async Task Minutes_GetGivesAnETag_TheWriteWithItAnswersANewOne_TheOldOneIs412WithTheCurrent_NoneIs428()
    {
        var (admin, meetingPath) = await HeldMeetingAsync();
        var read = await admin.ETagOfAsync(meetingPath);

        var written = await admin.PutAsJsonAsync($"{meetingPath}/minutes", Minutes("Lägesbild"), read);
        var stale = await admin.PutAsJsonAsync($"{meetingPath}/minutes", Minutes("Ändrad"), read);
        var without = await admin.PutAsJsonAsync($"{meetingPath}/minutes", Minutes("Utan"));

        written.StatusCode.ShouldBe(HttpStatusCode.NoContent, await written.Content.ReadAsStringAsync());
        var next = written.Headers.ETag.ShouldNotBeNull().ToString();
        next.ShouldNotBe(read);
        (await admin.ETagOfAsync(meetingPath)).ShouldBe(next);
        var problem = await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        stale.Headers.ETag.ShouldNotBeNull().ToString().ShouldBe(next);
        problem.GetProperty("currentETag").GetString().ShouldBe(next);
        await without.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var meeting = await admin.GetOkAsync<MeetingDto>(meetingPath[ForumsApi.Base.Length..]);
        meeting.Minutes.Select(i => i.Heading).ShouldBe(["Lägesbild"]);
    }

    [Test]
    public async Task TwoScreens_TheSecondStaleEditIs412_AndTheFirstEditIsKept()
    {
        var (admin, meetingPath) = await HeldMeetingAsync();
        using var firstScreen = App.ClientFor(TestUser.Administrator);
        using var secondScreen = App.ClientFor(TestUser.Administrator);
        var firstRead = await firstScreen.ETagOfAsync(meetingPath);
        var secondRead = await secondScreen.ETagOfAsync(meetingPath);

        var first = await firstScreen.PutAsJsonAsync($"{meetingPath}/minutes", Minutes("Första skärmen"), firstRead);
        var second = await secondScreen.PutAsJsonAsync($"{meetingPath}/minutes", Minutes("Andra skärmen"), secondRead);

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetOkAsync<MeetingDto>(meetingPath[ForumsApi.Base.Length..])).Minutes.Select(i => i.Heading).ShouldBe(["Första skärmen"]);
    }

    /// <summary>The client scenario's case: a second screen records the decision with the ETag it read before the first screen's decision.</summary>
    [Test]
    public async Task IntakeDecision_WithTheETagReadBeforeAnotherScreensDecision_Is412_AndWithTheCurrentOneTheRuleAnswers()
    {
        var world = await SchoolWorld.CreateAsync(App);
        await world.ReportConcernAsync(await world.RegisterPupilAsync(new DateOnly(2012, 8, 20)));
        var intake = $"/api/v1/social-services/intakes/{await world.LatestIntakeAsync()}";
        using var firstScreen = App.ClientFor(world.SocialWorker);
        using var secondScreen = App.ClientFor(world.SocialWorker);
        var read = await secondScreen.ETagOfAsync(intake);

        var first = await firstScreen.PostAsJsonAsync($"{intake}/decision", new { openInvestigation = true, reasons = "Oro för skolgången" }, read);
        var second = await secondScreen.PostAsJsonAsync($"{intake}/decision", new { openInvestigation = false, reasons = "Ingen utredning" }, read);
        var withoutIfMatch = await secondScreen.PostAsJsonAsync($"{intake}/decision", new { openInvestigation = false, reasons = "Ingen utredning" });

        (await first.ShouldBeOkJsonAsync()).GetProperty("investigationId").GetGuid().ShouldNotBe(Guid.Empty);
        first.Headers.ETag.ShouldNotBeNull().ToString().ShouldNotBe(read);
        (await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("currentETag").GetString().ShouldBe(first.Headers.ETag!.ToString());
        (await withoutIfMatch.ShouldBreakRuleAsync()).ShouldBe("Decided once");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM social_services.investigations")).ShouldBe(1);
    }

    /// <summary>If-Match on a record the caller may not see is the same 404 as without it: a 412 would tell that it exists.</summary>
    [Test]
    public async Task IfMatch_OnAnotherDistrictsIntake_Is404_Not412()
    {
        var world = await SchoolWorld.CreateAsync(App);
        await world.ReportConcernAsync(await world.RegisterPupilAsync(new DateOnly(2012, 8, 20)));
        var intake = $"/api/v1/social-services/intakes/{await world.LatestIntakeAsync()}";
        using var farsta = App.ClientFor(world.FarstaSocialWorker);

        var response = await farsta.PostAsJsonAsync($"{intake}/decision", new { openInvestigation = false, reasons = "x" }, "\"999\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AForumAction_AnswersTheForumsNewETag_AndHonoursIfMatch()
    {
        using var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forum = $"{ForumsApi.Base}/forums/{await admin.CreateForumAsync()}";
        var read = await admin.ETagOfAsync(forum);

        var added = await admin.PostAsJsonAsync($"{forum}/members", new { organisationId = directory.MunicipalSchool, role = "skola" }, read);
        var stale = await admin.PostAsJsonAsync($"{forum}/members", new { organisationId = directory.Police, role = "polis" }, read);

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var next = added.Headers.ETag.ShouldNotBeNull().ToString();
        next.ShouldNotBe(read);
        (await admin.ETagOfAsync(forum)).ShouldBe(next);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task APutThatCreates_TakesIfNoneMatchStar_AndIs412WhenTheResourceExists()
    {
        using var officer = App.ClientFor(TestUser.SocialWorker);

        var created = await officer.PutAsJsonAsync("/api/v1/notifications/email-address", new { address = "a@stockholm.test" }, ifMatch: null);
        var again = await officer.PutAsJsonAsync("/api/v1/notifications/email-address", new { address = "b@stockholm.test" }, ifMatch: null);
        var changed = await officer.PutAsJsonAsync("/api/v1/notifications/email-address", new { address = "c@stockholm.test" }, created.Headers.ETag!.ToString());

        created.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await again.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("currentETag").GetString().ShouldBe(created.Headers.ETag!.ToString());
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TestDatabase.ScalarAsync<string>("SELECT address FROM notifications.mail_addresses")).ShouldBe("c@stockholm.test");
    }

    private async Task<(HttpClient Admin, string MeetingPath)> HeldMeetingAsync()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        var meetingId = await MeetingTests.PlanAsync(admin, forumId, "2026-03-02");
        var meetingPath = $"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}";
        (await admin.PutAfterReadingAsync(meetingPath, $"{meetingPath}/attendance", new { entries = new[] { new { organisationId = directory.MunicipalSchool, present = true } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (admin, meetingPath);
    }

    private static object Minutes(string heading) =>
        new { items = new[] { new { heading, notes = "Anteckning", childName = (string?)null, consentReference = (string?)null } } };
}
