using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Infrastructure.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Moves one batch of due events from a module's outbox onto the bus, shared fairly between event types
/// (OutboxClaim). Rows are claimed with FOR UPDATE SKIP LOCKED inside one transaction, so several Host
/// instances relay side by side without taking the same row; if the process dies mid-batch the claims roll back and the rows are relayed again
/// (the consumers' inboxes absorb the repeat).
/// </summary>
public sealed partial class OutboxRelay(
    IServiceScopeFactory scopes,
    IntegrationEventSerializer serializer,
    InProcessEventBus bus,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay> logger)
{
    /// <returns>How many rows were claimed (relayed or failed).</returns>
    public async Task<int> RelayBatchAsync(ModuleDescriptor module, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await OutboxClaim.ClaimAsync(db, time.GetUtcNow(), options.Value.BatchSize, cancellationToken);
        var relayed = await RelayAsync(module, batch, cancellationToken);
        // One statement marks the relayed rows; EF's one UPDATE per row cost more than a consumer's whole batch.
        // Only the failed rows (attempts, error, back-off) are saved from tracked changes.
        if (relayed.Count > 0)
        {
            var now = time.GetUtcNow();
            await db.OutboxMessages.Where(m => relayed.Contains(m.Id)).ExecuteUpdateAsync(m => m.SetProperty(r => r.ProcessedAt, now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    // The whole batch goes to the bus at once, so each consuming module commits once for it. Returns the ids of
    // the rows relayed; the others are marked failed.
    private async Task<List<Guid>> RelayAsync(ModuleDescriptor module, List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var readable = new List<(OutboxMessage Message, IntegrationEvent Event)>();
        foreach (var message in batch)
        {
            try
            {
                readable.Add((message, serializer.Deserialize(message.Type, message.Payload)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Fail(module, message, exception);
            }
        }

        var failures = await bus.PublishAsync([.. readable.Select(r => r.Event)], cancellationToken);
        var relayed = new List<Guid>();
        foreach (var (message, integrationEvent) in readable)
        {
            if (failures.Contains(integrationEvent.EventId))
            {
                Fail(module, message, new AggregateException(failures[integrationEvent.EventId]));
            }
            else
            {
                relayed.Add(message.Id);
            }
        }

        return relayed;
    }

    private void Fail(ModuleDescriptor module, OutboxMessage message, Exception exception)
    {
        RecordFailure(message, exception);
        LogFailure(module.Name, message.Type, message.Id, message.Attempts, message.ParkedAt is not null);
    }

    private void RecordFailure(OutboxMessage message, Exception exception)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        message.Attempts++;
        message.LastError = Describe(exception);
        if (message.Attempts >= settings.MaxAttempts)
        {
            message.ParkedAt = now;
            return;
        }

        var delay = settings.FirstRetryDelay * Math.Pow(2, message.Attempts - 1);
        message.NextAttemptAt = now + (delay < TimeSpan.FromHours(1) ? delay : TimeSpan.FromHours(1));
    }

    // The error is stored for operators; handlers' messages name rules and ids, never personal data.
    private static string Describe(Exception exception)
    {
        var text = exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(inner => inner.Message))
            : $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= 2000 ? text : text[..2000];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relaying {Module} outbox message {MessageId} ({EventType}) failed, attempt {Attempts}; parked: {Parked}")]
    private partial void LogFailure(string module, string eventType, Guid messageId, int attempts, bool parked);
}
