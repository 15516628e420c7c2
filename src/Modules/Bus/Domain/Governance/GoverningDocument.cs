using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Domain.Governance;

/// <summary>
/// What governs a group's work for a period (issue 15, seed 003): a local agreement or, since autumn 2023, a local
/// action plan made from the common template "to make follow-up possible". Priorities, activities with an owner
/// and a due date, milestones, follow-ups and the date it is reported by. The seeds fix no period: the default is
/// configuration and every document keeps where its period came from.
/// </summary>
public sealed class GoverningDocument : AggregateRoot
{
    public const string LocalAgreement = "local-agreement";
    public const string LocalActionPlan = "local-action-plan";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { LocalAgreement, LocalActionPlan };

    private readonly List<Priority> _priorities = [];
    private readonly List<PlanActivity> _activities = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<PlanFollowUp> _followUps = [];

    private GoverningDocument()
    {
    }

    public GoverningDocument(
        Guid groupId, string kind, DateOnly periodFrom, DateOnly periodTo, string periodSource, bool usesCommonTemplate,
        IReadOnlyList<string> priorities, DateOnly reportDueOn)
    {
        if (!Kinds.Contains(kind))
        {
            throw new BusinessRuleViolationException("Kind", $"'{kind}' is not one of {string.Join(", ", Kinds)}.");
        }

        if (periodTo <= periodFrom)
        {
            throw new BusinessRuleViolationException("Period", "A governing document's period ends after it starts.");
        }

        if (reportDueOn < periodFrom)
        {
            throw new BusinessRuleViolationException("Report date", "The report date falls within or after the document's period.");
        }

        EnsureNoPersonalIdentityNumber(priorities);
        Id = Guid.NewGuid();
        GroupId = groupId;
        Kind = kind;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        PeriodSource = periodSource;
        UsesCommonTemplate = usesCommonTemplate;
        ReportDueOn = reportDueOn;
        _priorities.AddRange(priorities.Select((p, i) => new Priority(i + 1, p)));
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public DateOnly PeriodFrom { get; private set; }

    /// <summary>The first day after the period.</summary>
    public DateOnly PeriodTo { get; private set; }

    /// <summary>Where the period comes from: the configured default and its label, or the group's own choice.</summary>
    public string PeriodSource { get; private set; } = string.Empty;

    /// <summary>Made from the common template (agenda and action plan, autumn 2023).</summary>
    public bool UsesCommonTemplate { get; private set; }

    public DateOnly ReportDueOn { get; private set; }

    public DateOnly? ReportedOn { get; private set; }

    public IReadOnlyList<Priority> Priorities => _priorities;

    public IReadOnlyList<PlanActivity> Activities => _activities;

    public IReadOnlyList<Milestone> Milestones => _milestones;

    public IReadOnlyList<PlanFollowUp> FollowUps => _followUps;

    public bool IsCurrentOn(DateOnly date) => PeriodFrom <= date && date < PeriodTo;

    public bool Overlaps(DateOnly from, DateOnly to) => PeriodFrom < to && from < PeriodTo;

    public PlanActivity AddActivity(string title, Guid ownerOrganisationId, string? ownerUserId, string ownerName, DateOnly dueOn)
    {
        EnsureNotReported();
        EnsureNoPersonalIdentityNumber([title, ownerName]);
        var activity = new PlanActivity(title, ownerOrganisationId, ownerUserId, ownerName, dueOn);
        _activities.Add(activity);
        return activity;
    }

    /// <summary>Completes an activity of this document (the caller has checked that it is one).</summary>
    public PlanActivity CompleteActivity(Guid activityId, DateOnly on)
    {
        var activity = _activities.Single(a => a.Id == activityId);
        if (activity.CompletedOn is not null)
        {
            throw new BusinessRuleViolationException("Completed once", $"The activity was completed on {activity.CompletedOn:yyyy-MM-dd}.");
        }

        activity.Complete(on);
        return activity;
    }

    public Milestone AddMilestone(string title, DateOnly dueOn)
    {
        EnsureNotReported();
        EnsureNoPersonalIdentityNumber([title]);
        var milestone = new Milestone(title, dueOn);
        _milestones.Add(milestone);
        return milestone;
    }

    public void ReachMilestone(Guid milestoneId, DateOnly on)
    {
        var milestone = _milestones.Single(m => m.Id == milestoneId);
        if (milestone.ReachedOn is not null)
        {
            throw new BusinessRuleViolationException("Reached once", $"The milestone was reached on {milestone.ReachedOn:yyyy-MM-dd}.");
        }

        milestone.Reach(on);
    }

    public void FollowUp(DateOnly on, string note)
    {
        EnsureNoPersonalIdentityNumber([note]);
        if (on < PeriodFrom)
        {
            throw new BusinessRuleViolationException("Follow-up date", "A follow-up is made on or after the period's start.");
        }

        _followUps.Add(new PlanFollowUp(on, note));
    }

    public void Report(DateOnly on)
    {
        EnsureNotReported();
        if (on < PeriodFrom)
        {
            throw new BusinessRuleViolationException("Report date", "A document is reported on or after its period's start.");
        }

        ReportedOn = on;
    }

    private void EnsureNotReported()
    {
        if (ReportedOn is not null)
        {
            throw new BusinessRuleViolationException("Reported", $"The document was reported on {ReportedOn:yyyy-MM-dd}; make the next one instead.");
        }
    }

    // A governing document is about organisations and their collaboration, never a child.
    private static void EnsureNoPersonalIdentityNumber(IEnumerable<string> texts)
    {
        if (texts.Any(FreeText.HasPersonalIdentityNumber))
        {
            throw new BusinessRuleViolationException("No personnummer", "A governing document is about organisations: remove the personnummer.");
        }
    }
}

public sealed class Priority
{
    private Priority()
    {
    }

    internal Priority(int order, string text)
    {
        Id = Guid.NewGuid();
        Order = order;
        Text = text;
    }

    public Guid Id { get; private set; }

    public int Order { get; private set; }

    public string Text { get; private set; } = string.Empty;
}

/// <summary>Something a party undertakes by a date; overdue, it is reminded to its owner and escalated (deadline kind bus-plan-activity).</summary>
public sealed class PlanActivity
{
    private PlanActivity()
    {
    }

    internal PlanActivity(string title, Guid ownerOrganisationId, string? ownerUserId, string ownerName, DateOnly dueOn)
    {
        Id = Guid.NewGuid();
        Title = title;
        OwnerOrganisationId = ownerOrganisationId;
        OwnerUserId = ownerUserId;
        OwnerName = ownerName;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public Guid OwnerOrganisationId { get; private set; }

    /// <summary>The owner's user id, so that reminders reach the person; without one they reach the organisation.</summary>
    public string? OwnerUserId { get; private set; }

    /// <summary>The owner's name or function as the group knows them (staff, not a child).</summary>
    public string OwnerName { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    internal void Complete(DateOnly on) => CompletedOn = on;
}

public sealed class Milestone
{
    private Milestone()
    {
    }

    internal Milestone(string title, DateOnly dueOn)
    {
        Id = Guid.NewGuid();
        Title = title;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    public DateOnly? ReachedOn { get; private set; }

    internal void Reach(DateOnly on) => ReachedOn = on;
}

public sealed class PlanFollowUp
{
    private PlanFollowUp()
    {
    }

    internal PlanFollowUp(DateOnly on, string note)
    {
        Id = Guid.NewGuid();
        On = on;
        Note = note;
    }

    public Guid Id { get; private set; }

    public DateOnly On { get; private set; }

    public string Note { get; private set; } = string.Empty;
}
