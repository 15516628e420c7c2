using System.ComponentModel;
using Hangfire;
using MediatR;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>
/// The only kind of job Samverkan has: it sends one scheduled command. Hangfire builds it in the job's own DI
/// scope, so the command gets a fresh DbContext. Keeping jobs this thin means every scheduled piece of work is
/// also an ordinary, testable command. Hangfire stores only the job name, not a CLR type, so renaming a command
/// class leaves nothing stale in storage; a name no module declares any more fails loudly.
/// </summary>
public sealed class ScheduledCommandJob(IMediator mediator, ScheduledCommands catalogue)
{
    // The handlers are idempotent and the next occurrence catches up anyway, so a few retries (Hangfire's
    // back-off: about half a minute, then minutes) cover a database blip without piling up failed runs.
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("{0}")]
    public async Task RunAsync(string jobName, CancellationToken cancellationToken)
    {
        var command = catalogue.Find(jobName)
            ?? throw new InvalidOperationException($"No module declares the scheduled job {jobName}.");
        var request = (IRequest<Unit>)Activator.CreateInstance(command.CommandType)!;
        await mediator.Send(request, cancellationToken);
    }
}
