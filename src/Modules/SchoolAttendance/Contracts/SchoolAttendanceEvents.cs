using Samverkan.BuildingBlocks.Contracts;

namespace Samverkan.SchoolAttendance.Contracts;

// The school side tells social services through these events, so the report reaches the pupil's home district
// only after the school's transaction commits, and exactly once. They carry ids, never the child's identity.

/// <summary>A school sent a report of concern (19 kap. 1 § SoL); OccurredAt is the time of receipt.</summary>
public sealed record ReportOfConcernSent : IntegrationEvent
{
    public required Guid ReportId { get; init; }

    public required Guid PupilId { get; init; }

    public required Guid SchoolId { get; init; }

    public required string HomeDistrictCode { get; init; }
}

/// <summary>A pupil under 18 was suspended: the social welfare board of the home district is informed (Skollagen 5 kap.).</summary>
public sealed record SuspensionNoticeSent : IntegrationEvent
{
    public required Guid SuspensionId { get; init; }

    public required Guid PupilId { get; init; }

    public required Guid SchoolId { get; init; }

    public required string HomeDistrictCode { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly EndDate { get; init; }
}

/// <summary>A pupil's absence crossed a threshold of the organiser's escalation ladder: the next step is due.</summary>
public sealed record AbsenceStepReached : IntegrationEvent
{
    public required Guid AbsenceStepId { get; init; }

    public required Guid PupilId { get; init; }

    public required Guid SchoolId { get; init; }

    public required int StepOrder { get; init; }

    public required string StepName { get; init; }

    public required DateOnly DueDate { get; init; }
}

/// <summary>
/// The reporting school asked for feedback on its report after the decision (19 kap. 6 § SoL); social services
/// open the feedback deadline unless feedback is given or already due.
/// </summary>
public sealed record FeedbackRequested : IntegrationEvent
{
    public required Guid ReportId { get; init; }

    public required Guid PupilId { get; init; }
}
