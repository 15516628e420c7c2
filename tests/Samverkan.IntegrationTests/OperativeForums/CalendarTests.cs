using System.Net;
using System.Text;
using Ical.Net;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

/// <summary>The iCalendar text is written by hand, so it is read back by a real parser (Ical.Net).</summary>
public sealed class CalendarTests : IntegrationTest
{
    private const string Agenda = "1. Lägesbild, kvällar vid Östermalmstorg; särskilt helger\n2. Anonyma ärenden\\uppföljning från förra mötet, med skolor och polis, och en lång rad som måste vikas";

    [Test]
    public async Task MeetingInvitation_ParsesBackWithEveryField()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync(name: "Operativt forum Östermalm, skolor; polis");
        var meetingId = await admin.PostForIdAsync($"/forums/{forumId}/meetings",
            new { date = "2026-03-10", startsAt = "13:00", endsAt = "15:30", place = "Karlavägen 104, sal 3; entré B", agenda = Agenda });

        var response = await admin.GetAsync($"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}/invitation.ics");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        ShouldBeFoldedWithCrLf(text);
        text.ShouldContain("\r\n "); // the long description was folded
        var meeting = Calendar.Load(text)!.Events.Single();
        meeting.Uid.ShouldBe($"{meetingId:D}@samverkan");
        meeting.Summary.ShouldBe("Operativt forum Östermalm, skolor; polis");
        meeting.Location.ShouldBe("Karlavägen 104, sal 3; entré B");
        meeting.Description.ShouldBe("Dagordning:\n" + Agenda);
        meeting.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc));
        meeting.DtEnd!.AsUtc.ShouldBe(new DateTime(2026, 3, 10, 14, 30, 0, DateTimeKind.Utc));
        meeting.DtStamp!.AsUtc.ShouldBe(Start.UtcDateTime);
        meeting.Status.ShouldBe("CONFIRMED");
    }

    [Test]
    public async Task ForumFeed_HoldsEveryMeeting_InStockholmTimeAcrossSummerTime_AndMarksCancelledOnes()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        var winter = await MeetingTests.PlanAsync(admin, forumId, "2026-03-10");
        var summer = await MeetingTests.PlanAsync(admin, forumId, "2026-06-10");
        (await admin.PostAsync($"{ForumsApi.Base}/forums/{forumId}/meetings/{summer}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var text = await admin.GetStringAsync($"{ForumsApi.Base}/forums/{forumId}/calendar.ics");

        ShouldBeFoldedWithCrLf(text);
        var events = Calendar.Load(text)!.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        events.Select(e => (e.Uid, e.DtStart!.AsUtc, e.Status, e.Sequence)).ShouldBe(
        [
            ($"{winter:D}@samverkan", new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc), "CONFIRMED", 0),
            ($"{summer:D}@samverkan", new DateTime(2026, 6, 10, 11, 0, 0, DateTimeKind.Utc), "CANCELLED", 1),
        ]);
    }

    [Test]
    public async Task Calendar_OfAnotherDistrictsForum_IsNotFound()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();

        var response = await App.ClientFor(TestUser.FarstaManager).GetAsync($"{ForumsApi.Base}/forums/{forumId}/calendar.ics");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static void ShouldBeFoldedWithCrLf(string text)
    {
        text.ShouldEndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain('\n');
        var lines = text.Split("\r\n");
        lines.ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
    }
}
