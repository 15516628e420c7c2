using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Housekeeping the scheduler runs nightly: removes relayed outbox rows and old inbox rows from every module,
/// so the tables the relay and the consumers read stay small. Parked events are kept until an operator acts.
/// </summary>
public sealed record PurgeHandledMessages : IRequest<Unit>
{
    public const string JobName = "purge-handled-messages";

    // 03:15 every night, Stockholm time: after the evening's work, before the morning's deadline checks.
    public const string DefaultCron = "15 3 * * *";
}

internal sealed class PurgeHandledMessagesHandler(
    ModuleRegistry modules, IServiceProvider services, TimeProvider time, IOptions<OutboxOptions> options)
    : IRequestHandler<PurgeHandledMessages, Unit>
{
    public async Task<Unit> Handle(PurgeHandledMessages request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var relayedBefore = now - options.Value.KeepRelayedFor;
        var handledBefore = now - options.Value.KeepInboxFor;
        foreach (var db in modules.DbContexts(services))
        {
            await db.OutboxMessages.Where(m => m.ProcessedAt < relayedBefore).ExecuteDeleteAsync(cancellationToken);
            await db.InboxMessages.Where(m => m.ProcessedAt < handledBefore).ExecuteDeleteAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
