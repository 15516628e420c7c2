using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Contracts.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.Notifications.Application.Features.Overview;
using Samverkan.SchoolAttendance.Application;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

/// <summary>
/// Notifications takes a relayed batch of deadline events whole (docs/adr/0024): what people see must be what
/// delivering the events one by one leaves, with a redelivery having no second effect and a poison event
/// failing alone.
/// </summary>
public sealed class BatchDeliveryTests : IntegrationTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Outbox:MaxAttempts"] = "2",
        ["Outbox:FirstRetryDelay"] = "00:00:01",
    };

    private DeadlineWorld _world = null!;

    [SetUp]
    public void CreateWorld() => _world = new DeadlineWorld(App);

    [Test]
    public async Task A_redelivered_batch_adds_no_second_reminder_and_its_new_events_still_arrive()
    {
        var first = Enumerable.Range(0, 20).Select(_ => Breach()).ToList();
        await PublishAsync(first);
        await App.DrainOutboxAsync();
        var reminders = await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.notifications");
        reminders.ShouldBe(40, "overdue and escalation for each of the 20");

        // As if the relay had delivered the batch and died before marking it relayed; ten new events wait beside it.
        App.Time.Advance(TimeSpan.FromHours(1));
        await TestDatabase.ExecuteAsync("UPDATE school_attendance.outbox_messages SET processed_at = NULL");
        var later = Enumerable.Range(0, 10).Select(_ => Breach()).ToList();
        await PublishAsync(later);
        (await Relay().RelayRoundAsync()).ShouldBe(30, "all in one batch");

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.notifications")).ShouldBe(60);
        (await _world.InboxOfAsync(DeadlineWorld.CaseOfficer)).Count.ShouldBe(30, "one overdue reminder each");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.inbox_messages")).ShouldBe(30);
        // The first twenty were not applied again: their copies are as the first delivery saved them.
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.tracked_deadlines WHERE version = 1")).ShouldBe(30);
    }

    [Test]
    public async Task A_poison_event_in_a_batch_is_retried_and_parked_alone_while_the_others_arrive()
    {
        var good = Enumerable.Range(0, 9).Select(_ => Breach()).ToList();
        // The tracked copy holds a district code of at most 50 characters: the database refuses this one.
        var poison = Breach() with { DistrictCode = new string('x', 60) };
        await PublishAsync([.. good.Take(4), poison, .. good.Skip(4)]);

        await App.DrainOutboxAsync();

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.tracked_deadlines")).ShouldBe(9);
        (await _world.InboxOfAsync(DeadlineWorld.CaseOfficer)).Count.ShouldBe(9);
        (await OutboxRowOf(poison, "attempts")).ShouldBe("1");
        (await OutboxRowOf(poison, "last_error")).ShouldContain("22001");

        // Retried after its back-off it fails again and, at the configured maximum, is parked; the others stay done.
        App.Time.Advance(TimeSpan.FromSeconds(2));
        await App.DrainOutboxAsync();
        (await OutboxRowOf(poison, "parked_at IS NOT NULL")).ShouldBe("true");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.tracked_deadlines")).ShouldBe(9);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.inbox_messages")).ShouldBe(9);

        // Later events still flow.
        await PublishAsync([Breach()]);
        (await App.DrainOutboxAsync()).ShouldBe(1);
        (await _world.InboxOfAsync(DeadlineWorld.CaseOfficer)).Count.ShouldBe(10);
    }

    [Test]
    public async Task Two_deadlines_events_in_one_batch_are_applied_in_their_order_with_the_reminders_each_state_had_due()
    {
        App.Time.Set(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.FromHours(1)));
        var dueToday = new DeadlineOpened { OccurredAt = At(-3), DeadlineId = Guid.NewGuid(), DueDate = new DateOnly(2026, 3, 16) };
        var dueLater = new DeadlineOpened { OccurredAt = At(-3), DeadlineId = Guid.NewGuid(), DueDate = new DateOnly(2026, 3, 18) };
        // Both published in one transaction, so one relay round takes them all in one batch, oldest first.
        await PublishAsync(
        [
            Filled(dueToday),
            Filled(dueLater),
            Filled(new DeadlineMet { OccurredAt = At(-2), OnTime = true, DeadlineId = dueToday.DeadlineId, DueDate = dueToday.DueDate }),
            Filled(new DeadlineExtended { OccurredAt = At(-1), Reason = "Utredningen förlängd", DeadlineId = dueLater.DeadlineId, DueDate = new DateOnly(2026, 3, 30) }),
        ]);

        (await Relay().RelayRoundAsync()).ShouldBe(4);

        // Opened first, so its due-day reminder was written as it is one by one; then met, so nothing more comes.
        (await TrackedAsync(dueToday.DeadlineId)).Status.ShouldBe("Met");
        var later = await TrackedAsync(dueLater.DeadlineId);
        later.Status.ShouldBe("Open");
        later.DueDate.ShouldBe(new DateOnly(2026, 3, 30));
        (await _world.InboxOfAsync(DeadlineWorld.CaseOfficer)).Select(n => n.Title).Order().ShouldBe(
        [
            "Förhandsbedömning (14 dagar): förfaller 2026-03-18",
            "Förhandsbedömning (14 dagar): förfaller i dag",
        ]);
        (await NextReminderOn(dueToday.DeadlineId)).ShouldBe("none");
        (await NextReminderOn(dueLater.DeadlineId)).ShouldBe("2026-03-27", "three days before the new due date");
    }

    // Minutes from now; in the past, so every event is due for the relay at once.
    private DateTimeOffset At(int minutes) => App.Time.GetUtcNow().AddMinutes(minutes);

    private DeadlineBreached Breach() => Filled(new DeadlineBreached { OccurredAt = App.Time.GetUtcNow(), DeadlineId = Guid.NewGuid(), DueDate = new DateOnly(2026, 2, 20) });

    // What SchoolAttendance's DeadlineEventWriter fills in for a preliminary assessment of the test's case officer.
    private static T Filled<T>(T change)
        where T : DeadlineEvent => change with
        {
            Module = "SchoolAttendance",
            Kind = "preliminary-assessment",
            SubjectId = Guid.NewGuid(),
            DistrictCode = change.DistrictCode.Length > 0 ? change.DistrictCode : "ostermalm",
            ResponsibleOrganisationId = DeadlineWorld.Organisation,
            ResponsibleUserId = DeadlineWorld.CaseOfficer.UserName,
            RuleReference = "11 kap. 1 a § SoL (2025:400)",
        };

    private async Task PublishAsync(IReadOnlyList<DeadlineEvent> events)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ISchoolAttendanceDbContext>();
        foreach (var change in events)
        {
            db.AddIntegrationEvent(change);
        }

        await db.SaveChangesAsync();
    }

    private async Task<OverviewDeadlineDto> TrackedAsync(Guid deadlineId)
    {
        using var client = App.ClientFor(DeadlineWorld.CaseOfficer);
        return (await client.GetFromJsonAsync<OverviewDeadlineDto>($"/api/v1/notifications/deadlines/{deadlineId}"))!;
    }

    private static Task<string> NextReminderOn(Guid deadlineId) =>
        TestDatabase.ScalarAsync<string>("SELECT coalesce(next_reminder_on::text, 'none') FROM notifications.tracked_deadlines WHERE id = $1", deadlineId);

    private OutboxDrainer Relay() => App.Services.GetRequiredService<OutboxDrainer>();

    private static Task<string> OutboxRowOf(DeadlineEvent change, string column) =>
        TestDatabase.ScalarAsync<string>($"SELECT ({column})::text FROM school_attendance.outbox_messages WHERE id = $1", change.EventId);
}
