using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Scheduling;

/// <summary>
/// Two Host processes on one database share Hangfire's storage: both start together (migrations and
/// Hangfire's schema included), both servers register, and each occurrence of a recurring job is run by one
/// of them only. The same check on two Hosts that do not share the storage finds occurrences run twice, so it
/// can fail.
/// </summary>
public sealed class SchedulerClusterTests : IntegrationTest
{
    private const string Job = PurgeHandledMessages.JobName; // the real nightly housekeeping, fired every second

    [Test]
    public async Task Two_hosts_on_one_storage_run_each_occurrence_once()
    {
        await HangfireTables.DropAsync();
        var settings = HangfireTables.EverySecond(Job);

        await using var first = HostProcess.Start(settings);
        await using var second = HostProcess.Start(settings);

        string HostOutput() => $"The hosts wrote:{Environment.NewLine}{first.RecentOutput}{Environment.NewLine}{second.RecentOutput}";
        (await Eventually.ReachesAsync(() => HangfireTables.ServersAsync(), 2, TimeSpan.FromMinutes(1), HostOutput)).ShouldBe(2);
        await Eventually.ReachesAsync(() => HangfireTables.SucceededRunsAsync(Job), 12, TimeSpan.FromMinutes(1), HostOutput);

        (await HangfireTables.OccurrencesRunTwiceAsync(Job, HangfireTables.Schema)).ShouldBe(0);
        (await HangfireTables.JobsSucceededTwiceOrFailedAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Two_hosts_on_separate_storage_run_occurrences_twice()
    {
        string[] schemas = ["hangfire_first", "hangfire_second"];
        try
        {
            foreach (var schema in schemas)
            {
                await HangfireTables.DropAsync(schema);
            }

            await using var first = HostProcess.Start(HangfireTables.EverySecond(Job, schemas[0]));
            await using var second = HostProcess.Start(HangfireTables.EverySecond(Job, schemas[1]));

            string HostOutput() => $"The hosts wrote:{Environment.NewLine}{first.RecentOutput}{Environment.NewLine}{second.RecentOutput}";
            await Eventually.ReachesAsync(() => HangfireTables.OccurrencesRunTwiceAsync(Job, schemas), 3, TimeSpan.FromMinutes(1), HostOutput);
        }
        finally
        {
            foreach (var schema in schemas)
            {
                await HangfireTables.DropAsync(schema);
            }
        }
    }
}
