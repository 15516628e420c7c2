using System.Diagnostics;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Scheduling;

/// <summary>
/// A node killed (SIGKILL, no shutdown) in the middle of a job: the job is not lost, the other node runs it
/// again once the killed node's claim on it times out (InvisibilityTimeout 30 s, docs/adr/0007).
/// </summary>
public sealed class SchedulerTakeoverTests : IntegrationTest
{
    private const string Job = "slow-test-job"; // Samverkan.Host.Testing.RunSlowTestJob: 5 s, Testing environment only

    [Test]
    public async Task The_other_node_runs_the_job_of_a_killed_node_again_within_a_minute()
    {
        await HangfireTables.DropAsync();
        var settings = new Dictionary<string, string>
        {
            ["Scheduler:Enabled"] = "true",
            ["Outbox:RelayEnabled"] = "false",
        };
        await using var first = HostProcess.Start(settings);
        await using var second = HostProcess.Start(settings);
        HostProcess[] hosts = [first, second];
        string HostOutput() => $"The hosts wrote:{Environment.NewLine}{first.RecentOutput}{Environment.NewLine}{second.RecentOutput}";
        await Eventually.ReachesAsync(() => HangfireTables.ServersAsync(), 2, TimeSpan.FromMinutes(1), HostOutput);

        var jobId = HangfireTables.RecurringJobs().TriggerJob(Job);
        await Eventually.ReachesAsync(() => ProcessingStates(jobId), 1, TimeSpan.FromSeconds(30), HostOutput);
        // The server's name starts with "<machine>-<process id>-" (SchedulerNode), so the state names the process.
        var runningOn = await ServerOf(jobId);
        var victim = hosts.Single(h => runningOn.Contains($"-{h.Id}-", StringComparison.Ordinal));
        var killedAt = Stopwatch.StartNew();
        await victim.KillAsync();

        await Eventually.ReachesAsync(() => ProcessingStates(jobId), 2, TimeSpan.FromMinutes(1), HostOutput);
        var takeover = killedAt.Elapsed;
        TestContext.Out.WriteLine($"Run again {takeover.TotalSeconds:F1} s after kill -9.");
        (await ServerOf(jobId)).ShouldNotBe(runningOn);
        await Eventually.ReachesAsync(() => SucceededStates(jobId), 1, TimeSpan.FromSeconds(30), HostOutput);
        takeover.ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }

    private static Task<long> ProcessingStates(string jobId) =>
        TestDatabase.CountOrZeroAsync($"SELECT count(*) FROM hangfire.state WHERE jobid = {long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture)} AND name = 'Processing'");

    private static Task<long> SucceededStates(string jobId) =>
        TestDatabase.CountOrZeroAsync($"SELECT count(*) FROM hangfire.state WHERE jobid = {long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture)} AND name = 'Succeeded'");

    /// <summary>The server of the job's latest Processing state.</summary>
    private static Task<string> ServerOf(string jobId) => TestDatabase.ScalarAsync<string>(
        "SELECT data::jsonb->>'ServerId' FROM hangfire.state WHERE jobid = $1 AND name = 'Processing' ORDER BY id DESC LIMIT 1",
        long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture));
}
