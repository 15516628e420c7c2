using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>This Host's Hangfire server, told apart from the others' by its name (Hangfire adds a guid to it).</summary>
internal sealed class SchedulerNode
{
    public string ServerName { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}

/// <summary>Hangfire's storage answers: its monitoring API reads the server list from the database.</summary>
internal sealed class SchedulerStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            storage.GetMonitoringApi().Servers();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
#pragma warning disable CA1031 // any failure of the storage, whatever its type, makes this node not ready
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire's storage does not answer.", exception));
        }
    }
}

/// <summary>
/// This process's Hangfire server is registered and its heartbeat is recent, so it takes jobs. The heartbeat
/// is written with Hangfire's own clock, the system clock, so it is read against that clock too, not the
/// application's (possibly fake) TimeProvider.
/// </summary>
internal sealed class SchedulerServerHealthCheck(JobStorage storage, SchedulerNode node) : IHealthCheck
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(10);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var prefix = node.ServerName.ToLowerInvariant();
        var server = storage.GetMonitoringApi().Servers().FirstOrDefault(s => s.Name.StartsWith(prefix, StringComparison.Ordinal));
        if (server?.Heartbeat is not { } heartbeat)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("This node's Hangfire server is not registered."));
        }

        var age = TimeProvider.System.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(heartbeat, DateTimeKind.Utc);
        return Task.FromResult(age <= HeartbeatInterval * 3
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"This node's Hangfire server last beat {age.TotalSeconds:0} s ago."));
    }
}
