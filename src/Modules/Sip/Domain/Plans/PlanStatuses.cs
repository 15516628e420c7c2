namespace Samverkan.Sip.Domain.Plans;

/// <summary>Where a SIP is in its flow; strings in the database and the API.</summary>
public static class PlanStatuses
{
    public const string Proposed = "proposed";
    public const string NotNeeded = "not-needed";
    public const string InPreparation = "in-preparation";
    public const string Agreed = "agreed";

    /// <summary>Closed with a reason (SipClosureReasons); nothing more is written to it.</summary>
    public const string Closed = "closed";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Proposed, NotNeeded, InPreparation, Agreed, Closed };
}

/// <summary>A measure's progress.</summary>
public static class MeasureStatuses
{
    public const string Planned = "planned";
    public const string Ongoing = "ongoing";
    public const string Delivered = "delivered";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Planned, Ongoing, Delivered, Cancelled };
}

/// <summary>The child's sex, for statistics split by sex (the seeds: boys are over-represented).</summary>
public static class ChildSexes
{
    public const string Female = "female";
    public const string Male = "male";
    public const string Unknown = "unknown";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Female, Male, Unknown };
}

/// <summary>The deadline kinds this module opens; the reminder engine's rules key on these strings.</summary>
public static class SipDeadlineKinds
{
    public const string FirstMeeting = "sip-first-meeting";
    public const string FollowUp = "sip-follow-up";

    /// <summary>A measure's due date, opened for each measure still running when the plan is agreed; its subject is the measure.</summary>
    public const string MeasureDue = "sip-measure-due";
}

/// <summary>
/// The closure reason the module itself records: a consent withdrawn ends the plan as a joint plan at once
/// (docs/adr/0016). The other reasons are configuration (Sip:ClosureReasons), not code.
/// </summary>
public static class SipClosureReasons
{
    public const string ConsentWithdrawn = "consent-withdrawn";
}
