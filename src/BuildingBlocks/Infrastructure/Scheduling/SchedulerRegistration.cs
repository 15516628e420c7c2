using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samverkan.BuildingBlocks.Infrastructure.Startup;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

public static class SchedulerRegistration
{
    /// <summary>
    /// Hangfire on PostgreSQL, in its own schema of the Samverkan database: every Host runs a Hangfire server on
    /// the shared storage, and each occurrence of a recurring job is created and run once (docs/adr/0007). Call
    /// after the modules, which declare their scheduled commands. Cron schedules are read in Europe/Stockholm.
    /// </summary>
    public static IServiceCollection AddSamverkanScheduler(
        this IServiceCollection services, IConfiguration configuration, string connectionString, string healthTag)
    {
        var options = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        ScheduledCommandRegistration.Catalogue(services);
        if (!options.Enabled)
        {
            return services;
        }

        var node = new SchedulerNode();
        services.AddSingleton(options);
        services.AddSingleton(node);
        services.AddTransient<ScheduledCommandJob>();
        services.AddTransient<IStartupTask>(_ => new SchedulerSchema(connectionString, options.SchemaName));
        services.AddTransient<IStartupTask, RecurringSchedules>();
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(connectionString), StorageOptions(options)));
        services.AddHangfireServer(server =>
        {
            server.ServerName = node.ServerName;
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.SchedulePollingInterval;
            server.HeartbeatInterval = SchedulerServerHealthCheck.HeartbeatInterval;
            // A killed node's server entry goes after a minute; its jobs come back sooner (invisibility timeout).
            server.ServerTimeout = TimeSpan.FromMinutes(1);
            server.ServerCheckInterval = TimeSpan.FromSeconds(30);
        });
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration("scheduler-storage", provider => new SchedulerStorageHealthCheck(
                provider.GetRequiredService<JobStorage>()), HealthStatus.Unhealthy, [healthTag]))
            .Add(new HealthCheckRegistration("scheduler-server", provider => new SchedulerServerHealthCheck(
                provider.GetRequiredService<JobStorage>(), node), HealthStatus.Unhealthy, [healthTag]));
        return services;
    }

    /// <summary>Hangfire.PostgreSql's defaults are unsafe for us; why each value: docs/adr/0007.</summary>
    private static PostgreSqlStorageOptions StorageOptions(SchedulerOptions options) => new()
    {
        SchemaName = options.SchemaName,
        // SchedulerSchema installs the tables under an advisory lock before the server starts.
        PrepareSchemaIfNecessary = false,
        // A job on a killed node is fetched again after 30 s (default: 30 min); sliding keeps a longer job
        // invisible while its node lives, so it is not started a second time beside itself.
        InvisibilityTimeout = TimeSpan.FromSeconds(30),
        UseSlidingInvisibilityTimeout = true,
        // A lock row left by a killed node blocks recurring scheduling on every node this long (default: 10 min).
        DistributedLockTimeout = TimeSpan.FromSeconds(60),
        QueuePollInterval = TimeSpan.FromSeconds(1),
    };
}
