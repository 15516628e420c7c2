using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Messaging;

/// <summary>
/// Issue 11: an absence ladder of 20,000 steps left a report of concern from another district 6 min 37 s
/// behind its events in the outbox. With thousands of one type's events ahead of it, another type's or another
/// module's event now leaves in the next relay round (docs/adr/0012).
/// </summary>
public sealed class OutboxFairnessTests : IntegrationTest
{
    private const int Flood = 3_000;

    private SchoolWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SchoolWorld.CreateAsync(App);

    [Test]
    public async Task A_report_of_concern_behind_thousands_of_deadline_events_reaches_its_intake_in_the_next_round_and_the_batch_stays_full()
    {
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        await FloodSchoolAttendanceOutboxAsync();
        await _world.ReportConcernAsync(pupil, drain: false);

        var relayed = await Relay().RelayRoundAsync();

        (await IntakesSeenBySocialServices()).ShouldBe(1, "The report waited behind the other type's events.");
        // The intake's own events (its deadlines and the status told back to the school) leave SocialServices'
        // outbox in the same round, so the school's batch is counted in its own outbox.
        relayed.ShouldBeGreaterThanOrEqualTo(50);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.outbox_messages WHERE processed_at IS NOT NULL"))
            .ShouldBe(50, "The flood's type should fill the rest of the batch the report left.");
        (await PendingOfType("DeadlineOpened")).ShouldBeGreaterThan(Flood - 50);
    }

    [Test]
    public async Task Another_modules_event_is_relayed_in_the_same_round_as_the_first_batch_of_a_flood()
    {
        await FloodSchoolAttendanceOutboxAsync();
        using (var admin = App.ClientFor(TestUser.Administrator))
        {
            await admin.RegisterDistrictAsync("skarholmen", "Skärholmen");
        }

        await Relay().RelayRoundAsync();

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.known_districts WHERE code = 'skarholmen'")).ShouldBe(1);
    }

    [Test]
    public async Task Within_one_type_the_oldest_due_event_leaves_first()
    {
        await FloodSchoolAttendanceOutboxAsync();
        var oldest = await TestDatabase.ScalarAsync<Guid>(
            "SELECT id FROM school_attendance.outbox_messages WHERE type LIKE '%DeadlineOpened' ORDER BY next_attempt_at LIMIT 1");
        var newest = await TestDatabase.ScalarAsync<Guid>(
            "SELECT id FROM school_attendance.outbox_messages WHERE type LIKE '%DeadlineOpened' ORDER BY next_attempt_at DESC LIMIT 1");

        await Relay().RelayRoundAsync();

        (await Relayed(oldest)).ShouldBeTrue();
        (await Relayed(newest)).ShouldBeFalse();
    }

    private OutboxDrainer Relay() => App.Services.GetRequiredService<OutboxDrainer>();

    // Deadline events as a huge ladder's absence periods write them, each a minute apart and all older than
    // what the test sends next, so that relayed oldest first across types they would all go before it.
    private Task FloodSchoolAttendanceOutboxAsync() => TestDatabase.ExecuteAsync(
        """
        INSERT INTO school_attendance.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts)
        SELECT e.id, 'Samverkan.BuildingBlocks.Contracts.Deadlines.DeadlineOpened',
            jsonb_build_object('eventId', e.id, 'occurredAt', e.at, 'module', 'SchoolAttendance', 'deadlineId', gen_random_uuid(),
                'kind', 'absence-step', 'subjectId', gen_random_uuid(), 'districtCode', 'ostermalm',
                'responsibleOrganisationId', gen_random_uuid(), 'responsibleUserId', NULL,
                'dueDate', (e.at + interval '60 days')::date, 'ruleReference', 'Huvudmannens frånvarotrappa'),
            e.at, e.at, 0
        FROM (SELECT gen_random_uuid() AS id, $1 - make_interval(mins => $2 - n) AS at FROM generate_series(1, $2) AS n) AS e
        """,
        App.Time.GetUtcNow().AddDays(-1), Flood);

    private async Task<int> IntakesSeenBySocialServices()
    {
        using var social = App.ClientFor(_world.SocialWorker);
        return (await (await social.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32();
    }

    private static Task<long> PendingOfType(string type) =>
        TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.outbox_messages WHERE processed_at IS NULL AND type LIKE '%.' || $1", type);

    private static Task<bool> Relayed(Guid id) =>
        TestDatabase.ScalarAsync<bool>("SELECT processed_at IS NOT NULL FROM school_attendance.outbox_messages WHERE id = $1", id);
}
