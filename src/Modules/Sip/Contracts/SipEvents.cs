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
