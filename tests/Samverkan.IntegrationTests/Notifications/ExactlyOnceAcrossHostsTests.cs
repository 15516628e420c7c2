using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.Notifications.Application.Features.Reminders;
using Shouldly;

namespace Samverkan.IntegrationTests.Notifications;

/// <summary>
/// Two Host processes, their schedulers both running the reminder job every second against one database: each
/// deadline still gets its reminder exactly once. These run on the real clock, so the data is dated today.
/// </summary>
public sealed class ExactlyOnceAcrossHostsTests : IntegrationTest
{
    private const int Deadlines = 300;

    [Test]
    public async Task Two_hosts_create_each_reminder_exactly_once()
    {
        await HangfireTables.DropAsync();
        await StartAwayFromMidnightAsync();
        var today = StockholmCalendar.Today(TimeProvider.System);
        // Due tomorrow, so the one step due today is "before-1"; seeded as the Notifications module keeps them.
        await SeedAsync(today);
        var settings = HangfireTables.EverySecond(CreateDueReminders.JobName);

        await using var first = HostProcess.Start(settings);
        await using var second = HostProcess.Start(settings);
        await Eventually.ReachesAsync(RunsOfReminderJob, 6, TimeSpan.FromMinutes(1), () => $"The reminder job did not run:{Environment.NewLine}{first.RecentOutput}{second.RecentOutput}");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.notifications")).ShouldBe(Deadlines);
        (await TestDatabase.ScalarAsync<long>("SELECT count(DISTINCT deadline_id) FROM notifications.notifications")).ShouldBe(Deadlines);
        (await HangfireTables.JobsSucceededTwiceOrFailedAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Reminder_runs_racing_each_other_still_write_each_reminder_once()
    {
        var today = StockholmCalendar.Today(App.Time);
        await SeedAsync(today);

        // Hangfire runs one occurrence on one node; this is the race anyway (a job run by hand, a slow node).
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateDueReminders());
        }));

        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.notifications")).ShouldBe(Deadlines);
        // Every deadline was taken by one run and moved on to its next step, the due day itself.
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM notifications.tracked_deadlines WHERE next_reminder_on = due_date")).ShouldBe(Deadlines);
    }

    // On the real clock a run across Stockholm midnight would see "tomorrow" become today and a second step
    // fall due, failing the count for the wrong reason; near midnight, start just after it instead.
    private static async Task StartAwayFromMidnightAsync()
    {
        var now = TimeProvider.System.GetUtcNow();
        var untilMidnight = StockholmCalendar.ToInstant(StockholmCalendar.ToLocalDate(now).AddDays(1), TimeOnly.MinValue) - now;
        if (untilMidnight < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(untilMidnight + TimeSpan.FromSeconds(5));
        }
    }

    private static Task SeedAsync(DateOnly today) => TestDatabase.ExecuteAsync(
        """
        INSERT INTO notifications.tracked_deadlines (id, module, kind, subject_id, district_code, responsible_organisation_id,
            responsible_user_id, due_date, rule_reference, status, last_event_at, next_reminder_on)
        SELECT gen_random_uuid(), 'SchoolAttendance', 'preliminary-assessment', gen_random_uuid(), 'ostermalm', $1,
            'user-' || n, $2, '11 kap. 1 a § SoL', 'Open', now(), $3
        FROM generate_series(1, $4) AS n
        """,
        TestUser.OstermalmSocialServices, today.AddDays(1), today, Deadlines);

    private static Task<long> RunsOfReminderJob() => HangfireTables.SucceededRunsAsync(CreateDueReminders.JobName);
}
