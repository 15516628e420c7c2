using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using Ical.Net;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

/// <summary>
/// A principal adds the forum's meetings to Outlook or a telephone: a calendar program cannot sign in, so it
/// reads the feed at a secret address, which stops when revoked, expired or the school leaves the forum.
/// </summary>
public sealed class CalendarSubscriptionTests : IntegrationTest
{
    private ForumsApi.Directory _directory = null!;
    private Guid _forumId;
    private Guid _schoolMembership;
    private HttpClient _admin = null!;

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Samverkan:PublicBaseUrl"] = "https://samverkan.example.se/" };

    [SetUp]
    public async Task AForumWithASchoolAndAMeeting()
    {
        _admin = App.ClientFor(TestUser.Administrator);
        _directory = await _admin.SeedDirectoryAsync();
        _forumId = await _admin.CreateForumAsync();
        _schoolMembership = await _admin.PostForIdAsync($"/forums/{_forumId}/members", new { organisationId = _directory.MunicipalSchool, role = "skola", joinedOn = "2026-01-10" });
        await MeetingTests.PlanAsync(_admin, _forumId, "2026-03-10");
    }

    [TearDown]
    public void DisposeClient() => _admin.Dispose();

    [Test]
    public async Task A_calendar_program_reads_the_feed_without_signing_in_until_the_subscription_is_revoked()
    {
        using var principal = App.ClientFor(Principal());
        var subscription = await SubscribeAsync(principal);
        subscription.ExpiresOn.ShouldBe(new DateOnly(2027, 3, 2));
        subscription.FeedUrl.ShouldStartWith("https://samverkan.example.se/api/v1/operative-forums/calendar-feeds/", customMessage: "the configured public address, not the Host's own");

        var feed = await App.ClientFor().GetAsync(PathOf(subscription));
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        Calendar.Load(await feed.Content.ReadAsStringAsync())!.Events.Single().DtStart!.AsUtc.ShouldBe(new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc));

        (await principal.DeleteAsync($"{ForumsApi.Base}/forums/{_forumId}/calendar-subscriptions/mine")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await App.ClientFor().GetAsync(PathOf(subscription))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Only_the_hash_of_the_secret_is_stored()
    {
        var subscription = await SubscribeAsync(App.ClientFor(Principal()));
        var secret = Base64Url.DecodeFromChars(TokenOf(subscription));

        var stored = await TestDatabase.ScalarAsync<byte[]>("SELECT token_hash FROM operative_forums.calendar_subscriptions");

        stored.Length.ShouldBe(32);
        stored.ShouldNotBe(secret);
    }

    [Test]
    public async Task The_feed_stops_when_the_school_leaves_the_forum()
    {
        var subscription = await SubscribeAsync(App.ClientFor(Principal()));

        (await _admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{_forumId}/members/{_schoolMembership}/leave", new { leftOn = "2026-03-02" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await App.ClientFor().GetAsync(PathOf(subscription))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_feed_is_served_through_its_last_day_and_not_after()
    {
        var subscription = await SubscribeAsync(App.ClientFor(Principal()));

        App.Time.Set(new DateTimeOffset(2027, 3, 2, 23, 30, 0, TimeSpan.FromHours(1)));
        (await App.ClientFor().GetAsync(PathOf(subscription))).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Time.Set(new DateTimeOffset(2027, 3, 3, 0, 30, 0, TimeSpan.FromHours(1)));
        await (await App.ClientFor().GetAsync(PathOf(subscription))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Only_an_organisation_in_the_forum_subscribes_and_a_guessed_address_is_not_found()
    {
        var police = new TestUser("polis.test", _directory.Police, ["ostermalm"], [Roles.PoliceOfficer]);
        var notInForum = await App.ClientFor(police).PostAsync($"{ForumsApi.Base}/forums/{_forumId}/calendar-subscriptions", null);
        (await notInForum.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("takes part");

        var otherDistrict = await App.ClientFor(TestUser.FarstaManager).PostAsync($"{ForumsApi.Base}/forums/{_forumId}/calendar-subscriptions", null);
        await otherDistrict.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var guessed = Base64Url.EncodeToString(new byte[32]);
        await (await App.ClientFor().GetAsync($"{ForumsApi.Base}/calendar-feeds/{guessed}/calendar.ics")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await App.ClientFor().GetAsync($"{ForumsApi.Base}/calendar-feeds/not-a-token/calendar.ics")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM operative_forums.calendar_subscriptions")).ShouldBe(0);
    }

    [Test]
    public async Task A_person_has_at_most_ten_valid_addresses_per_forum_and_revoking_them_makes_room_again()
    {
        using var principal = App.ClientFor(Principal());
        for (var device = 0; device < 10; device++)
        {
            await SubscribeAsync(principal);
        }

        var eleventh = await principal.PostAsync($"{ForumsApi.Base}/forums/{_forumId}/calendar-subscriptions", null);
        (await eleventh.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("revoke");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM operative_forums.calendar_subscriptions")).ShouldBe(10);

        (await principal.DeleteAsync($"{ForumsApi.Base}/forums/{_forumId}/calendar-subscriptions/mine")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await SubscribeAsync(principal);
    }

    private TestUser Principal() => new("rektor.test", _directory.MunicipalSchool, ["ostermalm"], [Roles.Principal]);

    private async Task<Subscription> SubscribeAsync(HttpClient client)
    {
        var response = await client.PostAsync($"{ForumsApi.Base}/forums/{_forumId}/calendar-subscriptions", null);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Subscription>())!;
    }

    private static string PathOf(Subscription subscription) => new Uri(subscription.FeedUrl).AbsolutePath;

    private static string TokenOf(Subscription subscription) => new Uri(subscription.FeedUrl).Segments[^2].TrimEnd('/');

    private sealed record Subscription(Guid Id, string FeedUrl, DateOnly ExpiresOn);
}
