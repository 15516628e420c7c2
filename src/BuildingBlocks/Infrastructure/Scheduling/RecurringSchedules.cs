using Hangfire;
using Hangfire.Storage;
using Samverkan.BuildingBlocks.Infrastructure.Startup;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>
/// Makes Hangfire's recurring jobs match the catalogue at start: one per scheduled command, on its configured
/// or default cron in Europe/Stockholm time, and none left over from a job that was renamed or removed. Every
/// Host does this on start; the result is the same whichever runs last.
/// </summary>
internal sealed class RecurringSchedules(
    IRecurringJobManager recurringJobs, JobStorage storage, ScheduledCommands catalogue, SchedulerOptions options) : IStartupTask
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var command in catalogue.All)
        {
            var cron = options.Schedules.GetValueOrDefault(command.JobName, command.DefaultCron);
            try
            {
                recurringJobs.AddOrUpdate<ScheduledCommandJob>(
                    command.JobName, job => job.RunAsync(command.JobName, CancellationToken.None), cron,
                    new RecurringJobOptions { TimeZone = Stockholm });
            }
            catch (ArgumentException exception)
            {
                throw new InvalidOperationException(
                    $"{SchedulerOptions.Section}:Schedules:{command.JobName} = \"{cron}\" is not a cron expression Hangfire reads " +
                    "(5 fields: minute hour day month weekday, or 6 with seconds first; '?' is not accepted).", exception);
            }
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(job => job.Id).Where(id => catalogue.Find(id) is null))
        {
            recurringJobs.RemoveIfExists(stale);
        }

        return Task.CompletedTask;
    }
}
