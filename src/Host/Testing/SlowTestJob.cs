using MediatR;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;

namespace Samverkan.Host.Testing;

/// <summary>
/// A job that only takes time, for the test that kills the node running it (SchedulerTakeoverTests): no real
/// job is reliably long enough. Declared only in the Testing environment, on a cron that never fires (31
/// February), so production has no such job and its catalogue sync removes it if a test database is reused.
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
    public static IServiceCollection AddSlowTestJob(this IServiceCollection services, IHostEnvironment environment)
    {
        if (environment.IsEnvironment("Testing"))
        {
            services.AddTransient<IRequestHandler<RunSlowTestJob, Unit>, RunSlowTestJobHandler>();
            services.AddScheduledCommand<RunSlowTestJob>(RunSlowTestJob.JobName, "0 0 31 2 *");
        }

        return services;
    }
}
