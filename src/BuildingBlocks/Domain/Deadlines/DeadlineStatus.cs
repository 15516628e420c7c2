namespace Samverkan.BuildingBlocks.Domain.Deadlines;

/// <summary>Where a deadline stands. Met covers "met late" too: then BreachedAt is also set.</summary>
public enum DeadlineStatus
{
    Open,
    Met,
    Breached,
    Cancelled,
}
