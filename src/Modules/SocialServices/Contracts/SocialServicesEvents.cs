using Samverkan.BuildingBlocks.Contracts;

namespace Samverkan.SocialServices.Contracts;

/// <summary>
/// Where an intake stands, as far as the reporter may know (19 kap. 6 § SoL): received, assessment decided,
/// feedback given, the offered meeting and the feedback text. Never the assessment or its reasons, which stay
/// behind the secrecy line (OSL 26 kap.). Published on every change, each carrying the whole entitled status.
/// </summary>
public sealed record ReporterStatusChanged : IntegrationEvent
{
    /// <summary>The report or suspension notice the intake registered.</summary>
    public required Guid SourceId { get; init; }

    public required Guid PupilId { get; init; }

    public required string DistrictCode { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required string Status { get; init; }

    public required string? Feedback { get; init; }

    public required string MeetingStatus { get; init; }
}

/// <summary>The statuses <see cref="ReporterStatusChanged"/> carries, after "sent" (which the reporter knows by itself).</summary>
public static class ReporterStatuses
{
    public const string Received = "received";
    public const string AssessmentDecided = "assessment-decided";
    public const string FeedbackGiven = "feedback-given";
}
