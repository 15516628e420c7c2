using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

public sealed class OverviewAndNoticeTests : IntegrationTest
{
    private static readonly TestUser Manager = new("manager.test", DeadlineWorld.Organisation, ["ostermalm"], ["social-services-manager"]);

    [Test]
    public async Task A_manager_sees_this_weeks_deadlines_the_overdue_ones_and_the_share_met_on_time()
    {
        var world = new DeadlineWorld(App);
        var metOnTime = await world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 4));
        await world.MeetAsync(metOnTime);
        await world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 3));
        await world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 6));
        await world.OpenAsync("investigation", new DateOnly(2026, 3, 20));
        await world.DayAsync(new DateOnly(2026, 3, 4));

        using var client = App.ClientFor(Manager);
        var overview = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications/deadline-overview?district=ostermalm");

        overview.GetProperty("weekStarts").GetString().ShouldBe("2026-03-02");
        overview.GetProperty("dueThisWeek").EnumerateArray().Select(d => d.GetProperty("dueDate").GetString()).ShouldBe(["2026-03-06"]);
        overview.GetProperty("overdue").EnumerateArray().Select(d => d.GetProperty("dueDate").GetString()).ShouldBe(["2026-03-03"]);
        var punctuality = overview.GetProperty("onTimeByKind").EnumerateArray().Single();
        punctuality.GetProperty("kind").GetString().ShouldBe("preliminary-assessment");
        punctuality.GetProperty("metOnTime").GetInt32().ShouldBe(1);
        punctuality.GetProperty("decided").GetInt32().ShouldBe(2);
        punctuality.GetProperty("shareOnTime").GetDecimal().ShouldBe(0.5m);
    }

    [Test]
    public async Task The_share_met_on_time_follows_each_deadlines_latest_state_met_late_cancelled_or_extended()
    {
        var world = new DeadlineWorld(App);
        var dueDate = new DateOnly(2026, 3, 3);
        var onTime = await world.OpenAsync("preliminary-assessment", dueDate);
        var late = await world.OpenAsync("preliminary-assessment", dueDate);
        var cancelled = await world.OpenAsync("preliminary-assessment", dueDate);
        var extended = await world.OpenAsync("preliminary-assessment", dueDate);
        await world.MeetAsync(onTime);
        await world.DayAsync(new DateOnly(2026, 3, 4));
        using var client = App.ClientFor(Manager);
        var afterTheBreaches = await PunctualityAsync(client);
        afterTheBreaches.GetProperty("decided").GetInt32().ShouldBe(4, "one met on time, three breached");

        await world.MeetAsync(late);
        await world.ChangeAsync(cancelled, d => d.Cancel(App.Time.GetUtcNow(), "Ärendet avslutat"));
        await world.ChangeAsync(extended, d => d.Extend(new DateOnly(2026, 3, 20), "Förlängd utredningstid", new DateOnly(2026, 6, 1)));

        var punctuality = await PunctualityAsync(client);
        punctuality.GetProperty("decided").GetInt32().ShouldBe(2, "met on time and met late; the cancelled and the extended one are no longer decided");
        punctuality.GetProperty("metOnTime").GetInt32().ShouldBe(1);
    }

    private static async Task<JsonElement> PunctualityAsync(HttpClient client)
    {
        var overview = await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications/deadline-overview?district=ostermalm");
        return overview.GetProperty("onTimeByKind").EnumerateArray().ShouldHaveSingleItem();
    }

    [Test]
    public async Task A_principal_sees_only_the_deadlines_of_their_own_school_not_social_services_cases()
    {
        var world = new DeadlineWorld(App);
        await world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 4));
        var principal = new TestUser("rektor.test", Guid.NewGuid(), ["ostermalm"], ["principal"]);

        var overview = await App.ClientFor(principal).GetFromJsonAsync<JsonElement>(
            $"/api/v1/notifications/deadline-overview?district=ostermalm&organisationId={DeadlineWorld.Organisation}");

        overview.GetProperty("dueThisWeek").GetArrayLength().ShouldBe(0);
        overview.GetProperty("organisationId").GetGuid().ShouldNotBe(DeadlineWorld.Organisation);
    }

    [Test]
    public async Task The_overview_is_for_managers_of_the_district()
    {
        var officer = await App.ClientFor(TestUser.SocialWorker).GetAsync("/api/v1/notifications/deadline-overview?district=ostermalm");
        officer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var otherDistrict = await App.ClientFor(Manager).GetAsync("/api/v1/notifications/deadline-overview?district=farsta");
        otherDistrict.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_notification_is_marked_read_only_by_someone_whose_inbox_holds_it()
    {
        var world = new DeadlineWorld(App);
        await world.OpenAsync("preliminary-assessment", new DateOnly(2026, 3, 2));
        var notification = (await world.InboxOfAsync(DeadlineWorld.CaseOfficer)).Single();

        var stranger = new TestUser("stranger.test", Guid.NewGuid(), ["farsta"], ["social-worker"]);
        (await App.ClientFor(stranger).PostAsync($"/api/v1/notifications/{notification.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.ClientFor(DeadlineWorld.CaseOfficer).PostAsync($"/api/v1/notifications/{notification.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var unread = await App.ClientFor(DeadlineWorld.CaseOfficer).GetFromJsonAsync<JsonElement>("/api/v1/notifications?unreadOnly=true");
        unread.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task A_school_is_told_when_its_contact_person_in_social_services_changes()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.RegisterDistrictAsync("ostermalm", "Östermalm");
        var school = await admin.RegisterOrganisationAsync("Engelbrektsskolan", "school", "ostermalm");

        var assign = await admin.PutAsJsonAsync($"/api/v1/operative-forums/districts/ostermalm/school-contacts/{school}",
            new { contactUserId = "socialsekreterare.ostermalm", contactName = "Sara Lind", effectiveFrom = "2026-03-02" }, ifMatch: null);
        assign.StatusCode.ShouldBe(HttpStatusCode.NoContent, await assign.Content.ReadAsStringAsync());
        await App.DrainOutboxAsync();

        var principal = new TestUser("rektor.test", school, ["ostermalm"], ["principal"]);
        var notice = (await new DeadlineWorld(App).InboxOfAsync(principal)).ShouldHaveSingleItem();
        notice.Title.ShouldBe("Ny kontaktperson i socialtjänsten");
        notice.Body.ShouldContain("Sara Lind");
    }
}
