namespace Samverkan.Notifications.Domain;

/// <summary>
/// This module's copy of a deadline another module owns, kept from its Deadline* events: enough to remind the
/// right people on the right days and to count what was met on time, without reading the owner's schema.
/// </summary>
public sealed class TrackedDeadline
{
    private TrackedDeadline()
    {
    }

    public TrackedDeadline(Guid id, string module)
    {
        Id = id;
        Module = module;
    }

    public Guid Id { get; private set; }

    public string Module { get; private set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public Guid SubjectId { get; set; }

    public string DistrictCode { get; set; } = string.Empty;

    public Guid ResponsibleOrganisationId { get; set; }

    public string? ResponsibleUserId { get; set; }

    public DateOnly DueDate { get; set; }

    public string RuleReference { get; set; } = string.Empty;

    public TrackedDeadlineStatus Status { get; set; }

    /// <summary>Set when met: whether it was met by its due date.</summary>
    public bool? MetOnTime { get; set; }

    /// <summary>When the last event applied here happened; an older event arriving late changes nothing.</summary>
    public DateTimeOffset LastEventAt { get; set; }

    /// <summary>The next Stockholm date a reminder step falls due, or null when none is left.</summary>
    public DateOnly? NextReminderOn { get; set; }

    public bool IsOutstanding => Status is TrackedDeadlineStatus.Open or TrackedDeadlineStatus.Breached;
}

public enum TrackedDeadlineStatus
{
    Open,
    Met,
    Breached,
    Cancelled,
}
