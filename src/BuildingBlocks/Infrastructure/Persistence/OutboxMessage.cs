namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// An integration event waiting to leave its module. Written in the command's transaction; the relay marks it
/// processed, or counts the failed attempt and parks it after too many, where it stays visible.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public DateTimeOffset? ParkedAt { get; set; }
}
