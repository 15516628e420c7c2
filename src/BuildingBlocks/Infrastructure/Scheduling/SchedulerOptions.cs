namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>The "Scheduler" configuration section (docs/adr/0007).</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Off in most tests, which send the scheduled commands themselves at a fake time.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hangfire's schema in the Samverkan database. Every Host of one installation must share it.</summary>
    public string SchemaName { get; set; } = "hangfire";

    /// <summary>Jobs this Host runs at once. The jobs are few and mostly wait on the database.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// How often a Host looks for recurring jobs that are due: the latest a job starts after its time. The
    /// most frequent default schedule is every minute, so 15 s; a test with second-level cron sets 1 s.
    /// </summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Per job name, a cron expression (Cronos: 5 fields, or 6 with seconds) replacing the default.</summary>
    public Dictionary<string, string> Schedules { get; set; } = [];
}
