using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.OperativeForums.Application;
using Samverkan.OperativeForums.Contracts;
using Shouldly;

namespace Samverkan.IntegrationTests.Messaging;

/// <summary>
/// The outbox and inbox through a real consumer: SchoolAttendance keeps a copy of the directory that
/// OperativeForums publishes. A lost, repeated or blocked event would show as a wrong copy.
/// </summary>
public sealed class OutboxTests : IntegrationTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Outbox:MaxAttempts"] = "2",
        ["Outbox:FirstRetryDelay"] = "00:00:01",
    };

    [Test]
    public async Task An_event_committed_but_not_relayed_when_the_process_stopped_is_delivered_after_restart()
    {
        await using (var first = StartApp())
        {
            await first.ClientFor(TestUser.Administrator).RegisterDistrictAsync("farsta", "Farsta");
        }

        (await PendingEvents()).ShouldBe(1);

        // A fresh Host with its background relay running, as after a restart.
        await using var second = StartApp(new Dictionary<string, string?>
        {
            ["Outbox:RelayEnabled"] = "true",
            ["Outbox:PollInterval"] = "00:00:00.100",
        });
        second.ClientFor().Dispose();
        // Wait for the outbox row, not the consumer's copy: the consumer commits first and the relay marks the
        // row in its own transaction just after, so the copy alone would leave the marking still in flight.
        await Eventually.ReachesAsync(RelayedEvents, 1, TimeSpan.FromSeconds(20), () => "The restarted Host's relay did not deliver the event.");
        (await PendingEvents()).ShouldBe(0);
        (await KnownDistricts("farsta")).ShouldBe(1);
    }

    [Test]
    public async Task Delivering_the_same_event_twice_has_its_effect_once()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.RegisterDistrictAsync("farsta", "Farsta");
        var school = await admin.RegisterOrganisationAsync("Farsta grundskola", "school", "farsta");
        await Drain();
        var firstCopy = await SyncedAt(school);

        // As if the relay had published and then died before marking the rows relayed.
        App.Time.Advance(TimeSpan.FromHours(1));
        await TestDatabase.ExecuteAsync("UPDATE operative_forums.outbox_messages SET processed_at = NULL");
        (await Drain()).ShouldBe(2);

        (await SyncedAt(school)).ShouldBe(firstCopy);
        (await KnownDistricts("farsta")).ShouldBe(1);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.inbox_messages")).ShouldBe(2);
    }

    [Test]
    public async Task A_failing_consumer_does_not_hold_up_other_events_and_its_event_ends_parked_with_the_error()
    {
        await PublishOrganisationWithoutName();
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.RegisterDistrictAsync("farsta", "Farsta");

        await Drain();
        (await KnownDistricts("farsta")).ShouldBe(1);
        (await TestDatabase.ScalarAsync<int>("SELECT attempts FROM operative_forums.outbox_messages WHERE last_error IS NOT NULL")).ShouldBe(1);

        // Retried after its back-off, it fails again and, at the configured maximum, is parked.
        App.Time.Advance(TimeSpan.FromSeconds(2));
        await Drain();
        var parked = await TestDatabase.ScalarAsync<string>(
            "SELECT last_error FROM operative_forums.outbox_messages WHERE parked_at IS NOT NULL");
        parked.ShouldContain("arrived without a name");

        // Later events still flow, and the parked one is no longer tried.
        await admin.RegisterDistrictAsync("skarholmen", "Skärholmen");
        App.Time.Advance(TimeSpan.FromHours(2));
        (await Drain()).ShouldBe(1);
        (await KnownDistricts("skarholmen")).ShouldBe(1);
    }

    private async Task PublishOrganisationWithoutName()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IOperativeForumsDbContext>();
        db.AddIntegrationEvent(new OrganisationRegistered
        {
            OccurredAt = App.Time.GetUtcNow(),
            OrganisationId = Guid.NewGuid(),
            Name = " ",
            Kind = "school",
            IsIndependent = false,
            DistrictCodes = ["farsta"],
        });
        await db.SaveChangesAsync();
    }

    private Task<int> Drain() => App.DrainOutboxAsync();

    private static Task<long> PendingEvents() =>
        TestDatabase.ScalarAsync<long>("SELECT count(*) FROM operative_forums.outbox_messages WHERE processed_at IS NULL");

    private static Task<long> RelayedEvents() =>
        TestDatabase.ScalarAsync<long>("SELECT count(*) FROM operative_forums.outbox_messages WHERE processed_at IS NOT NULL");

    private static Task<long> KnownDistricts(string code) =>
        TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.known_districts WHERE code = $1", code);

    private static Task<DateTime> SyncedAt(Guid organisation) =>
        TestDatabase.ScalarAsync<DateTime>("SELECT synced_at FROM school_attendance.known_organisations WHERE id = $1", organisation);
}
