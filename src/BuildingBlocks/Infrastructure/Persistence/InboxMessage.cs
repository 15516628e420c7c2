namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Proof that one handler has had its effect for one event. The key (message id, handler) is inserted in the
/// handler's own transaction, so a redelivery finds it and does nothing.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Handler { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
