using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

/// <summary>
/// An inbox is what names the user and what goes to their organisation or role, read as two parts and merged
/// (ListMyNotifications): paging through it must give every notification once, newest first, whichever part it is in.
/// </summary>
public sealed class InboxPagingTests : IntegrationTest
{
    private static readonly TestUser Manager = new("manager.inbox", DeadlineWorld.Organisation, ["ostermalm"], ["social-services-manager"]);

    [Test]
    public async Task Paging_through_personal_and_shared_notifications_gives_each_once_newest_first_and_nobody_elses()
    {
        // Interleaved in time: even minutes name the manager, odd ones go to the organisation's managers, every
        // third odd one to the whole organisation; and some that the manager may not see.
        for (var minute = 0; minute < 12; minute++)
        {
            var (user, role) = minute % 2 == 0 ? (Manager.UserName, (string?)null) : (null, minute % 3 == 0 ? null : "social-services-manager");
            await InsertAsync($"visible-{minute:00}", DeadlineWorld.Organisation, user, role, minute);
        }

        await InsertAsync("another-user", DeadlineWorld.Organisation, "someone.else", null, 30);
        await InsertAsync("another-role", DeadlineWorld.Organisation, null, "principal", 31);
        await InsertAsync("another-organisation", Guid.NewGuid(), null, null, 32);
        using var client = App.ClientFor(Manager);

        var titles = new List<string>();
        var totals = new List<int>();
        // Four pages of five: the total rides on the rows of the first three, the empty fourth counts apart.
        for (var page = 1; page <= 4; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/notifications?page={page}&pageSize=5");
            totals.Add(body.GetProperty("totalCount").GetInt32());
            titles.AddRange(body.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("title").GetString()!));
        }

        totals.ShouldBe([12, 12, 12, 12]);
        titles.ShouldBe(Enumerable.Range(0, 12).Reverse().Select(minute => $"visible-{minute:00}"));
    }

    private static Task InsertAsync(string title, Guid organisation, string? user, string? role, int minute) => TestDatabase.ExecuteAsync(
        """
        INSERT INTO notifications.notifications (id, deduplication_key, kind, recipient_organisation_id, recipient_user_id, recipient_role, district_code,
                                                 title, body, created_at, email_attempts)
        VALUES (gen_random_uuid(), $1, 'notice', $2, $3, $4, 'ostermalm', $1, 'Text', timestamptz '2026-03-02 08:00+00' + $5 * interval '1 minute', 5)
        """,
        title, organisation, (object?)user ?? DBNull.Value, (object?)role ?? DBNull.Value, minute);
}
