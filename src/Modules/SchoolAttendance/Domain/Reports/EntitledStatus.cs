namespace Samverkan.SchoolAttendance.Domain.Reports;

/// <summary>
/// What the school side may know of social services' intake of its report or suspension notice (19 kap. 6 § SoL),
/// as social services told it by event: received, assessment decided, feedback given, the offered meeting and the
/// feedback text. Never the assessment or its reasons: those stay in SocialServices, behind the secrecy line.
/// </summary>
public sealed class EntitledStatus
{
    private static readonly string[] StatusOrder = ["received", "assessment-decided", "feedback-given"];

    private EntitledStatus()
    {
    }

    /// <summary>The report or suspension notice.</summary>
    public Guid SourceId { get; private set; }

    public Guid PupilId { get; private set; }

    /// <summary>The home district whose social services hold the intake.</summary>
    public string DistrictCode { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    public string Status { get; private set; } = string.Empty;

    public string? Feedback { get; private set; }

    public string MeetingStatus { get; private set; } = string.Empty;

    /// <summary>When social services last changed it: a status told earlier never overwrites a later one.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public bool IsAssessmentDecided => Status != StatusOrder[0];

    public static EntitledStatus Received(Guid sourceId, Guid pupilId, string districtCode, DateTimeOffset receivedAt) =>
        new() { SourceId = sourceId, PupilId = pupilId, DistrictCode = districtCode, ReceivedAt = receivedAt, Status = StatusOrder[0], ChangedAt = DateTimeOffset.MinValue };

    /// <summary>
    /// Takes a newer status. Events of one type arrive in order, but two told at the same moment may not: the
    /// status only moves forward, so a redelivered or reordered older one changes nothing.
    /// </summary>
    public void Apply(string status, string? feedback, string meetingStatus, DateTimeOffset changedAt)
    {
        if (Array.IndexOf(StatusOrder, status) > Array.IndexOf(StatusOrder, Status))
        {
            Status = status;
        }

        if (changedAt >= ChangedAt)
        {
            Feedback = feedback ?? Feedback;
            MeetingStatus = MeetingRank(meetingStatus) >= MeetingRank(MeetingStatus) ? meetingStatus : MeetingStatus;
            ChangedAt = changedAt;
        }
    }

    private static int MeetingRank(string meetingStatus) => meetingStatus switch
    {
        "" or "not-offered" => 0,
        "offered" => 1,
        _ => 2,
    };
}
