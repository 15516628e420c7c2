using MediatR;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;

namespace Samverkan.Host.Testing;

/// <summary>
/// A job that only takes time, for the test that kills the node running it (SchedulerTakeoverTests): no real
/// job is reliably long enough. Declared only in the Testing environment, on a cron that never fires (31
/// February), so production has no such job and its catalogue sync removes it if a test database is reused.
/// Only where the scheduler runs, too: tests that stand in for the scheduler send every declared command, and
/// this one would make each of their simulated days wait its five real seconds.
/// </summary>
internal sealed record RunSlowTestJob : IRequest<Unit>
{
    public const string JobName = "slow-test-job";

    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);
}

internal sealed class RunSlowTestJobHandler(TimeProvider time) : IRequestHandler<RunSlowTestJob, Unit>
{
    public async Task<Unit> Handle(RunSlowTestJob request, CancellationToken cancellationToken)
    {
        await Task.Delay(RunSlowTestJob.Duration, time, cancellationToken);
        return Unit.Value;
    }
}

internal static class SlowTestJobRegistration
{
    public static IServiceCollection AddSlowTestJob(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        var scheduler = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        if (environment.IsEnvironment("Testing") && scheduler.Enabled)
        {
            services.AddTransient<IRequestHandler<RunSlowTestJob, Unit>, RunSlowTestJobHandler>();
            services.AddScheduledCommand<RunSlowTestJob>(RunSlowTestJob.JobName, "0 0 31 2 *");
        }

        return services;
    }
}
