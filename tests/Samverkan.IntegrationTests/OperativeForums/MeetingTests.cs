using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.OperativeForums.Application.Features.Forums.GetForum;
using Samverkan.OperativeForums.Application.Features.Meetings.AttendanceStatistics;
using Samverkan.OperativeForums.Application.Features.Meetings.GetMeeting;
using Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

public sealed class MeetingTests : IntegrationTest
{
    [Test]
    public async Task PlanMeeting_InThePastOrEndingBeforeItStarts_IsRejected()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();

        var past = await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{forumId}/meetings", new { date = "2026-03-01", startsAt = "13:00", endsAt = "15:00", place = "Karlavägen 104" });
        var backwards = await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{forumId}/meetings", new { date = "2026-03-10", startsAt = "15:00", endsAt = "13:00", place = "Karlavägen 104" });
        var badRange = await admin.GetAsync($"{ForumsApi.Base}/forums/{forumId}/meetings?from=2026-06-01&to=2026-01-01");

        past.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await past.Content.ReadAsStringAsync()).ShouldContain("Planned meeting in the future");
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.Content.ReadAsStringAsync()).ShouldContain("endsAt");
        badRange.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badRange.Content.ReadAsStringAsync()).ShouldContain("\"to\"");
    }

    [Test]
    public async Task AttendanceStatistics_ShowPerKindAndTermWhoStaysAway()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        var first = await PlanAsync(admin, forumId, "2026-03-10");
        var second = await PlanAsync(admin, forumId, "2026-04-14");
        App.Time.Set(new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.FromHours(2)));
        admin = App.ClientFor(TestUser.Administrator);

        await RecordAsync(admin, forumId, first, (directory.MunicipalSchool, null, true), (directory.Police, null, false), (directory.OstermalmSocialServices, null, true));
        // The school came only through a named member: the school counts as present.
        await RecordAsync(admin, forumId, second, (directory.MunicipalSchool, "Anna Kurator", true), (directory.MunicipalSchool, "Bo Rektor", false), (directory.Police, null, false), (directory.OstermalmSocialServices, null, true));

        var rows = await admin.GetOkAsync<List<AttendanceStatisticsRow>>("/attendance-statistics?district=ostermalm&term=2026-VT");

        rows.Select(r => (r.OrganisationKind, r.HeldMeetings, r.Expected, r.Present, r.AttendanceRate)).ShouldBe(
        [
            ("police", 2, 2, 0, 0m),
            ("school", 2, 2, 2, 1m),
            ("social-services", 2, 2, 2, 1m),
        ]);
        rows.ShouldAllBe(r => r.Term == "2026-VT" && r.ForumId == forumId);
        (await admin.GetAsync($"{ForumsApi.Base}/attendance-statistics?term=spring")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Cadence_WarnsWhenATermHasFewerMeetingsThanExpected()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync(expected: 2);
        await PlanAsync(admin, forumId, "2026-03-10");
        await PlanAsync(admin, forumId, "2026-09-10");
        await PlanAsync(admin, forumId, "2026-10-10");

        var forum = await admin.GetOkAsync<ForumDto>($"/forums/{forumId}");

        forum.Cadence.Select(c => (c.Term, c.Planned, c.FallsShort)).ShouldBe([("2026-HT", 2, false), ("2026-VT", 1, true)]);
    }

    [Test]
    public async Task Attendance_BeforeTheMeetingDay_Is422()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        var meetingId = await PlanAsync(admin, forumId, "2026-03-10");

        var response = await admin.PutAfterReadingAsync($"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}", $"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}/attendance",
            new { entries = new[] { new { organisationId = directory.Police, present = true } } });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Minutes_NamingAChildWithoutConsent_AreRejected_AndWithConsentAreKeptAndAudited()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        var meetingId = await PlanAsync(admin, forumId, "2026-03-02");
        await RecordAsync(admin, forumId, meetingId, (directory.MunicipalSchool, null, true));
        var minutesPath = $"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}/minutes";

        var meetingPath = $"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}";
        var withoutConsent = await admin.PutAfterReadingAsync(meetingPath, minutesPath, new { items = new[] { new { heading = "Ärende 1", notes = "Hög frånvaro", childName = "Kalle", consentReference = (string?)null } } });
        var withConsent = await admin.PutAfterReadingAsync(meetingPath, minutesPath, new
        {
            items = new[]
            {
                new { heading = "Lägesbild", notes = "Oro kring kvällar vid centrum", childName = (string?)null, consentReference = (string?)null, consentCovers = Array.Empty<Guid>() },
                new { heading = "Ärende 1", notes = "Hög frånvaro", childName = (string?)"Kalle", consentReference = (string?)"Samtycke 2026-0042", consentCovers = new[] { directory.OstermalmSocialServices } },
            },
        });
        // Read by the convening social services, whom the consent covers (RecordingNeedToKnowTests: everyone else).
        var convener = App.ClientFor(new TestUser("socialworker.test", directory.OstermalmSocialServices, ["ostermalm"], [Samverkan.BuildingBlocks.Application.Security.Roles.SocialWorker]));
        var meeting = await convener.GetOkAsync<MeetingDto>($"/forums/{forumId}/meetings/{meetingId}");

        withoutConsent.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await withoutConsent.Content.ReadAsStringAsync()).ShouldContain("Consent before naming a child");
        withConsent.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        meeting.Status.ShouldBe("Held");
        meeting.Minutes.Select(i => (i.Heading, i.ChildName)).ShouldBe([("Lägesbild", (string?)null), ("Ärende 1", "Kalle")]);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM operative_forums.audit_entries WHERE subject_id = $1", meetingId)).ShouldBe(2);
    }

    [Test]
    public async Task ListMeetings_IsPagedNewestFirst()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        foreach (var date in new[] { "2026-03-10", "2026-04-10", "2026-05-10" })
        {
            await PlanAsync(admin, forumId, date);
        }

        var page = await admin.GetOkAsync<Page<MeetingSummaryDto>>($"/forums/{forumId}/meetings?pageSize=2");

        page.TotalCount.ShouldBe(3);
        page.Items.Select(m => m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(["2026-05-10", "2026-04-10"]);
    }

    internal static Task<Guid> PlanAsync(HttpClient client, Guid forumId, string date) =>
        client.PostForIdAsync($"/forums/{forumId}/meetings", new { date, startsAt = "13:00", endsAt = "15:00", place = "Karlavägen 104", agenda = "Lägesbild; ärenden" });

    private static async Task RecordAsync(HttpClient client, Guid forumId, Guid meetingId, params (Guid OrganisationId, string? MemberName, bool Present)[] entries)
    {
        var response = await client.PutAfterReadingAsync($"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}", $"{ForumsApi.Base}/forums/{forumId}/meetings/{meetingId}/attendance",
            new { entries = entries.Select(e => new { e.OrganisationId, e.MemberName, e.Present }) });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }
}
