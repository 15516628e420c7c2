namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>The "Scheduler" configuration section.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Off in most tests, which send the scheduled commands themselves at a fake time.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Every Host of one installation shares this name; Quartz clusters the nodes under it.</summary>
    public string InstanceName { get; set; } = "samverkan";

    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Per job name, a Quartz cron expression replacing the job's default schedule.</summary>
    public Dictionary<string, string> Schedules { get; set; } = [];
}
