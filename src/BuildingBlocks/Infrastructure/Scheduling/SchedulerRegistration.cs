using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Samverkan.BuildingBlocks.Infrastructure.Startup;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

public static class SchedulerRegistration
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>
    /// Quartz on its persistent, clustered store in the "scheduler" schema of the Samverkan database: every Host
    /// instance joins the cluster, and each firing runs on exactly one of them (docs/adr/0001). Call after the
    /// modules, which declare their scheduled commands. Cron schedules are read in Europe/Stockholm time.
    /// </summary>
    public static IServiceCollection AddSamverkanScheduler(
        this IServiceCollection services, IConfiguration configuration, string connectionString, string healthTag)
    {
        var options = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var commands = ScheduledCommandRegistration.Catalogue(services);
        if (!options.Enabled)
        {
            return services;
        }

        services.AddTransient<IStartupTask>(_ => new SchedulerSchema(connectionString));
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.InstanceName;
                scheduler.GenerateInstanceId = true;
                scheduler.DefaultTimeZone = Stockholm;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.ConfigureStore(settings => settings.TablePrefix = $"{SchedulerSchema.Name}.qrtz_");
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = options.CheckinInterval;
                    cluster.CheckinMisfireThreshold = options.CheckinInterval * 2;
                });
                store.UseExecutionHistory();
                store.ProvisionSchema();
            });
            foreach (var command in commands.All)
            {
                Schedule(quartz, command, options.Schedules.GetValueOrDefault(command.JobName, command.DefaultCron));
            }
        });
        services.AddQuartzHostedService(hosted =>
        {
            hosted.WaitForJobsToComplete = true;
            hosted.AwaitApplicationStarted = true;
        });
        services.AddHealthChecks().AddQuartz(check =>
        {
            check.Name = "scheduler";
            check.Tags.Add(healthTag);
        });
        return services;
    }

    private static void Schedule(IQuartzBuilder quartz, ScheduledCommand command, string cron)
    {
        quartz.AddJob(typeof(SendCommandJob<>).MakeGenericType(command.CommandType), job => job.WithIdentity(command.JobName).StoreDurably());
        quartz.AddTrigger(trigger => trigger.WithIdentity(command.JobName).ForJob(command.JobName).WithCronSchedule(cron, _ => { }));
    }
}
