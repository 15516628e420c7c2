using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Bus.Domain.Deviations;

/// <summary>
/// A BUS deviation: a collaboration between parties that failed. It is handled locally first, in this order:
/// the reporter's own manager, then the party's BUS representative, then the group's agenda; and closed with
/// an outcome. It is about organisations, never about a child: the free text stays in the group unless
/// someone explicitly releases it to the county's copy.
/// </summary>
public sealed class Deviation : AggregateRoot
{
    public const string ReporterManager = "reporter-manager";
    public const string PartyRepresentative = "party-representative";
    public const string GroupAgenda = "group-agenda";
    public const string Closed = "closed";

    /// <summary>The local path, in order; a deviation escalates one step at a time.</summary>
    public static readonly string[] Path = [ReporterManager, PartyRepresentative, GroupAgenda];

    public static readonly IReadOnlySet<string> Stages = new HashSet<string> { ReporterManager, PartyRepresentative, GroupAgenda, Closed };

    public const string Resolved = "resolved";
    public const string RoutineChanged = "routine-changed";
    public const string RaisedToCounty = "raised-to-county";
    public const string NotResolved = "not-resolved";

    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string> { Resolved, RoutineChanged, RaisedToCounty, NotResolved };

    public const string ReportedInGroup = "reported";
    public const string FromSip = "sip";

    private readonly List<DeviationStep> _steps = [];

    private Deviation()
    {
    }

    private Deviation(
        Guid groupId, string categoryCode, string districtCode, Guid reportingOrganisationId, IReadOnlyCollection<Guid> concernedOrganisationIds,
        string description, DateOnly occurredOn, DateOnly reportedOn, string source, Guid? sourceReference, string? reporterUserId, DateOnly? respondBy)
    {
        if (occurredOn > reportedOn)
        {
            throw new BusinessRuleViolationException("Occurred before reported", "A deviation is reported after it occurred.");
        }

        if (respondBy is not null && respondBy < reportedOn)
        {
            throw new BusinessRuleViolationException("Response date", "The response date is on or after the day of the report.");
        }

        Id = Guid.NewGuid();
        GroupId = groupId;
        CategoryCode = categoryCode;
        DistrictCode = districtCode;
        ReportingOrganisationId = reportingOrganisationId;
        ConcernedOrganisationIds = [.. concernedOrganisationIds.Distinct()];
        Description = FreeText.WithoutPersonalIdentityNumbers(description);
        OccurredOn = occurredOn;
        ReportedOn = reportedOn;
        Source = source;
        SourceReference = sourceReference;
        ReporterUserId = reporterUserId;
        RespondBy = respondBy;
        Stage = ReporterManager;
        _steps.Add(new DeviationStep(ReporterManager, reportedOn, reporterUserId));
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public string CategoryCode { get; private set; } = string.Empty;

    public string DistrictCode { get; private set; } = string.Empty;

    public Guid ReportingOrganisationId { get; private set; }

    public List<Guid> ConcernedOrganisationIds { get; private set; } = [];

    /// <summary>What failed, in the reporter's words: stays in the group unless released.</summary>
    public string Description { get; private set; } = string.Empty;

    public DateOnly OccurredOn { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    /// <summary>Whether it was reported in the group or arrived from a SIP.</summary>
    public string Source { get; private set; } = ReportedInGroup;

    /// <summary>The event that brought it (a SIP's failure id), so that a repeated event records nothing twice.</summary>
    public Guid? SourceReference { get; private set; }

    /// <summary>Who reported it (staff, for the local handling); never leaves the group.</summary>
    public string? ReporterUserId { get; private set; }

    /// <summary>An optional date by which the reporter expects an answer.</summary>
    public DateOnly? RespondBy { get; private set; }

    public string Stage { get; private set; } = ReporterManager;

    public string? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public DateOnly? FreeTextReleasedOn { get; private set; }

    public string? FreeTextReleasedBy { get; private set; }

    public bool FreeTextReleased => FreeTextReleasedOn is not null;

    public IReadOnlyList<DeviationStep> Steps => _steps;

    public static Deviation Report(
        Guid groupId, string categoryCode, string districtCode, Guid reportingOrganisationId, IReadOnlyCollection<Guid> concernedOrganisationIds,
        string description, DateOnly occurredOn, DateOnly today, string reporterUserId, DateOnly? respondBy)
    {
        if (FreeText.HasPersonalIdentityNumber(description))
        {
            throw new BusinessRuleViolationException("No personnummer", "A deviation is about organisations: write it without a personnummer.");
        }

        return new Deviation(groupId, categoryCode, districtCode, reportingOrganisationId, concernedOrganisationIds, description, occurredOn, today, ReportedInGroup, null, reporterUserId, respondBy);
    }

    /// <summary>From a SIP participant's report; a personnummer that slipped into the text is removed rather than kept.</summary>
    public static Deviation FromSipReport(
        Guid groupId, string categoryCode, string districtCode, Guid reportingOrganisationId, IReadOnlyCollection<Guid> concernedOrganisationIds,
        string description, DateOnly occurredOn, DateOnly today, Guid failureId) =>
        new(groupId, categoryCode, districtCode, reportingOrganisationId, concernedOrganisationIds, description, occurredOn, today < occurredOn ? occurredOn : today, FromSip, failureId, null, null);

    /// <summary>To the next level of the local path: the party's representative, then the group's agenda.</summary>
    public void Escalate(DateOnly on, string byUserId)
    {
        EnsureOpen();
        var next = Array.IndexOf(Path, Stage) + 1;
        if (next >= Path.Length)
        {
            throw new BusinessRuleViolationException("Local path", "The deviation is on the group's agenda already: close it with an outcome.");
        }

        Stage = Path[next];
        _steps.Add(new DeviationStep(Stage, on, byUserId));
    }

    public void Close(string outcome, string? note, DateOnly on, string byUserId)
    {
        EnsureOpen();
        if (!Outcomes.Contains(outcome))
        {
            throw new BusinessRuleViolationException("Outcome", $"'{outcome}' is not one of {string.Join(", ", Outcomes)}.");
        }

        if (note is not null && FreeText.HasPersonalIdentityNumber(note))
        {
            throw new BusinessRuleViolationException("No personnummer", "The outcome note is about organisations: write it without a personnummer.");
        }

        if (on < ReportedOn)
        {
            throw new BusinessRuleViolationException("Closed after reported", "A deviation is closed on or after the day it was reported.");
        }

        Outcome = outcome;
        OutcomeNote = note;
        ClosedOn = on;
        Stage = Closed;
        _steps.Add(new DeviationStep(Closed, on, byUserId));
    }

    /// <summary>Someone takes responsibility that the free text names no one: from now on the county's copy carries it.</summary>
    public void ReleaseFreeText(DateOnly on, string byUserId)
    {
        if (FreeTextReleased)
        {
            throw new BusinessRuleViolationException("Released once", $"The free text was released on {FreeTextReleasedOn:yyyy-MM-dd}.");
        }

        FreeTextReleasedOn = on;
        FreeTextReleasedBy = byUserId;
    }

    private void EnsureOpen()
    {
        if (Stage == Closed)
        {
            throw new BusinessRuleViolationException("Deviation open", $"The deviation was closed on {ClosedOn:yyyy-MM-dd}.");
        }
    }
}

/// <summary>One step of the local path: where the deviation went, when and by whom (staff).</summary>
public sealed class DeviationStep
{
    private DeviationStep()
    {
    }

    internal DeviationStep(string stage, DateOnly on, string? byUserId)
    {
        Id = Guid.NewGuid();
        Stage = stage;
        On = on;
        ByUserId = byUserId;
    }

    public Guid Id { get; private set; }

    public string Stage { get; private set; } = string.Empty;

    public DateOnly On { get; private set; }

    public string? ByUserId { get; private set; }
}
