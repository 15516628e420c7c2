using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Scheduling;

/// <summary>
/// Two Host processes on one database form one Quartz cluster: both start together (migrations and the
/// scheduler's schema included), both check in, and each firing of a trigger runs on one of them only.
/// </summary>
public sealed class SchedulerClusterTests : IntegrationTest
{
    [Test]
    public async Task Two_hosts_on_one_database_never_both_fire_the_same_trigger()
    {
        await TestDatabase.ExecuteAsync("DROP SCHEMA IF EXISTS scheduler CASCADE");
        var settings = new Dictionary<string, string>
        {
            ["Scheduler:Enabled"] = "true",
            ["Scheduler:CheckinInterval"] = "00:00:01",
            // The real nightly housekeeping job, fired every second so the test sees many firings quickly.
            ["Scheduler:Schedules:purge-handled-messages"] = "0/1 * * * * ?",
            ["Outbox:RelayEnabled"] = "false",
        };

        await using var first = HostProcess.Start(settings);
        await using var second = HostProcess.Start(settings);

        string HostOutput() => $"The hosts wrote:{Environment.NewLine}{first.RecentOutput}{Environment.NewLine}{second.RecentOutput}";
        var nodes = await Eventually.ReachesAsync(() => Scalar("SELECT count(*) FROM scheduler.qrtz_scheduler_state"), 2, TimeSpan.FromMinutes(1), HostOutput);
        nodes.ShouldBe(2);
        await Eventually.ReachesAsync(() => Scalar("SELECT count(*) FROM scheduler.qrtz_execution_history"), 12, TimeSpan.FromMinutes(1), HostOutput);

        // Each run records the scheduled firing it served; a firing run on both nodes would appear twice.
        var firingsRunTwice = await Scalar(
            """
            SELECT count(*) FROM (
              SELECT summary FROM scheduler.qrtz_execution_history
              WHERE job_name = 'purge-handled-messages' GROUP BY summary HAVING count(*) > 1) twice
            """);
        firingsRunTwice.ShouldBe(0);
        (await Scalar("SELECT count(*) FROM scheduler.qrtz_execution_history WHERE summary NOT LIKE 'Scheduled for %'")).ShouldBe(0);
        (await Scalar("SELECT count(*) FROM scheduler.qrtz_execution_history WHERE NOT succeeded")).ShouldBe(0);
    }

    private static Task<long> Scalar(string sql) => TestDatabase.CountOrZeroAsync(sql);
}
