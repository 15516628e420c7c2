namespace Samverkan.BuildingBlocks.Contracts.Deadlines;

/// <summary>
/// What every module publishes about its deadlines. Shared by all modules, because the reminder engine
/// treats every kind alike: a new kind needs a rule entry where reminders are configured, nothing else.
/// </summary>
/// The owning module's DeadlineEventWriter fills every field; they are not 'required' so it can.
public abstract record DeadlineEvent : IntegrationEvent
{
    /// <summary>The module that owns the deadline, e.g. "SchoolAttendance".</summary>
    public string Module { get; init; } = string.Empty;

    public Guid DeadlineId { get; init; }

    public string Kind { get; init; } = string.Empty;

    public Guid SubjectId { get; init; }

    public string DistrictCode { get; init; } = string.Empty;

    public Guid ResponsibleOrganisationId { get; init; }

    public string? ResponsibleUserId { get; init; }

    public DateOnly DueDate { get; init; }

    public string RuleReference { get; init; } = string.Empty;
}

public sealed record DeadlineOpened : DeadlineEvent;

/// <summary>The due date moved by a recorded decision (for example an investigation extended).</summary>
public sealed record DeadlineExtended : DeadlineEvent
{
    public required string Reason { get; init; }
}

public sealed record DeadlineMet : DeadlineEvent
{
    public required bool OnTime { get; init; }
}

public sealed record DeadlineBreached : DeadlineEvent;

/// <summary>Another person became responsible (a case reassigned); the deadline still runs, breached or not.</summary>
public sealed record DeadlineReassigned : DeadlineEvent
{
    public required bool Breached { get; init; }
}

public sealed record DeadlineCancelled : DeadlineEvent;
