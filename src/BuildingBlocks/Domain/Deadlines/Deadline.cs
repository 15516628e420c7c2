namespace Samverkan.BuildingBlocks.Domain.Deadlines;

/// <summary>
/// A legal or agreed deadline, owned by the module whose rule creates it (docs: domain.md, "Deadlines").
/// The due date is a Stockholm calendar date, kept strictly: a weekend or holiday never moves it. Every
/// change of status becomes an integration event when the module saves (DeadlineEventWriter), so other
/// modules and the reminder engine learn of it without reading this module's tables.
/// </summary>
public sealed class Deadline
{
    private Deadline()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>What the deadline is for, e.g. "preliminary-assessment"; the reminder engine's rules key on it.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The case, plan or agreement the deadline belongs to (an id, never a child's identity).</summary>
    public Guid SubjectId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public Guid ResponsibleOrganisationId { get; private set; }

    /// <summary>The user id of the person responsible, when one is assigned.</summary>
    public string? ResponsibleUserId { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The rule and paragraph the deadline comes from, e.g. "11 kap. 1 a § SoL (2025:400)".</summary>
    public string RuleReference { get; private set; } = string.Empty;

    public DeadlineStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? MetAt { get; private set; }

    public DateTimeOffset? BreachedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Why the due date was moved (an extension needs a recorded reason) or why it was cancelled.</summary>
    public string? Reason { get; private set; }

    /// <summary>Met by the end of its due date; <paramref name="metOn"/> is the Stockholm date it was met.</summary>
    public bool MetOnTime(DateOnly metOn) => Status == DeadlineStatus.Met && metOn <= DueDate;

    public static Deadline Open(
        string kind, Guid subjectId, string districtCode, Guid responsibleOrganisationId, string? responsibleUserId,
        DateOnly dueDate, string ruleReference, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(districtCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleReference);
        return new Deadline
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            SubjectId = subjectId,
            DistrictCode = districtCode,
            ResponsibleOrganisationId = responsibleOrganisationId,
            ResponsibleUserId = responsibleUserId,
            DueDate = dueDate,
            RuleReference = ruleReference,
            Status = DeadlineStatus.Open,
            CreatedAt = now,
        };
    }

    /// <summary>The work was done. A breached deadline can still be met, late: it keeps its breach.</summary>
    public void Meet(DateTimeOffset now)
    {
        if (Status is DeadlineStatus.Met or DeadlineStatus.Cancelled)
        {
            return;
        }

        Status = DeadlineStatus.Met;
        MetAt = now;
    }

    /// <summary>Stamps the breach once; the check calls it for open deadlines whose due date has passed.</summary>
    public bool Breach(DateTimeOffset now)
    {
        if (Status != DeadlineStatus.Open)
        {
            return false;
        }

        Status = DeadlineStatus.Breached;
        BreachedAt = now;
        return true;
    }

    /// <summary>
    /// Makes another person responsible (a case reassigned); only while the deadline still runs, since a met or
    /// cancelled one reminds no one. The reminders still to come go to the new person.
    /// </summary>
    public void AssignTo(string responsibleUserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(responsibleUserId);
        if (Status is DeadlineStatus.Open or DeadlineStatus.Breached)
        {
            ResponsibleUserId = responsibleUserId;
        }
    }

    public void Cancel(DateTimeOffset now, string reason)
    {
        if (Status is DeadlineStatus.Met or DeadlineStatus.Cancelled)
        {
            return;
        }

        Status = DeadlineStatus.Cancelled;
        CancelledAt = now;
        Reason = reason;
    }

    /// <summary>
    /// Moves the due date by a recorded decision, to no later than the rule of its kind allows (<paramref name="latest"/>); an open (or breached) deadline opens again. A breach already
    /// stamped stays stamped: it happened, and the statistics count the work against the new date.
    /// </summary>
    public void Extend(DateOnly newDueDate, string reason, DateOnly latest)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status is DeadlineStatus.Met or DeadlineStatus.Cancelled)
        {
            throw new BusinessRuleViolationException("Deadline open", "Only an open or breached deadline can be extended.");
        }

        if (newDueDate <= DueDate)
        {
            throw new BusinessRuleViolationException("Extension later", "An extension must move the due date later.");
        }

        if (newDueDate > latest)
        {
            throw new BusinessRuleViolationException("Extension within its rule", $"An extension may move the due date to {latest:yyyy-MM-dd} at the latest.");
        }

        DueDate = newDueDate;
        Reason = reason;
        Status = DeadlineStatus.Open;
    }
}
