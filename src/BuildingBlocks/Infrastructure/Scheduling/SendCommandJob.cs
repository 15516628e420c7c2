using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>
/// The only kind of job Samverkan has: it sends one command in a fresh scope. Keeping jobs this thin means
/// every scheduled piece of work is also an ordinary, testable command, and a test can send it itself.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SendCommandJob<TCommand>(IServiceScopeFactory scopes) : IJob
    where TCommand : IRequest<Unit>, new()
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TCommand(), cancellationToken);
        // The execution history then says which scheduled firing each run served: after a stall, late runs
        // catching up are told apart from a firing run twice.
        context.Result = JobRunReport.Succeeded($"Scheduled for {context.ScheduledFireTimeUtc:O}");
    }
}
