using Samverkan.BuildingBlocks.Contracts;

namespace Samverkan.Sip.Contracts;

// SIP tells BUS and the forums through these events. They carry no child's identity: BUS records a failure of
// collaboration as a deviation about organisations, and counts are all the forums receive.

/// <summary>
/// A participant in a SIP reported that collaboration failed (the county's BUS agreement: deviations are handled
/// locally first). BUS records it as a deviation for the local BUS group covering the district.
/// </summary>
public sealed record CollaborationFailureReported : IntegrationEvent
{
    public required Guid FailureId { get; init; }

    public required string DistrictCode { get; init; }

    /// <summary>The organisation whose participant reported it.</summary>
    public required Guid ReportedByOrganisationId { get; init; }

    /// <summary>The organisations the failure concerns (never the family).</summary>
    public required IReadOnlyList<Guid> ConcernedOrganisationIds { get; init; }

    /// <summary>What failed, in the reporter's words, written for readers who must not learn who the child is.</summary>
    public required string Description { get; init; }

    public required DateOnly OccurredOn { get; init; }
}

/// <summary>
/// A SIP was closed, with its reason (a code of Sip:ClosureReasons, or consent-withdrawn when a consent was
/// withdrawn and the plan ended as a joint plan). Carries the plan id and organisations, never the child.
/// </summary>
public sealed record SipPlanClosed : IntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required string DistrictCode { get; init; }

    public required Guid ConvenerOrganisationId { get; init; }

    public required string Reason { get; init; }

    public required DateOnly ClosedOn { get; init; }

    /// <summary>How many versions had been agreed (0: closed before agreement).</summary>
    public required int AgreedVersions { get; init; }
}

// The flow's milestones (issue 14, "Events"): ids, district, organisations and days only, never the child. A
// follow-up overdue is the deadline engine's DeadlineBreached of kind sip-follow-up.

/// <summary>A SIP was proposed in a district by an organisation of a kind (is preschool or school proposing?).</summary>
public sealed record SipProposed : IntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required string DistrictCode { get; init; }

    public required string ProposedByKind { get; init; }
}

/// <summary>The municipality or the region judged a proposal: needed (with the convener) or not.</summary>
public sealed record SipJudged : IntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required string DistrictCode { get; init; }

    public required bool Needed { get; init; }

    public required Guid JudgedByOrganisationId { get; init; }

    public Guid? ConvenerOrganisationId { get; init; }

    public required DateOnly JudgedOn { get; init; }
}

/// <summary>The convener called a SIP meeting (summons and invitations).</summary>
public sealed record SipMeetingCalled : IntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid MeetingId { get; init; }

    public required string DistrictCode { get; init; }

    public required DateOnly Date { get; init; }

    public required IReadOnlyList<Guid> CalledOrganisationIds { get; init; }
}

/// <summary>Every organiser approved: a version of the plan was agreed.</summary>
public sealed record SipPlanAgreed : IntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required string DistrictCode { get; init; }

    public required int Version { get; init; }

    public required DateOnly AgreedOn { get; init; }
}

/// <summary>A consent to the plan was withdrawn; the plan closes as a joint plan (SipPlanClosed follows in the same save).</summary>
public sealed record SipConsentWithdrawn : IntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required string DistrictCode { get; init; }
}
