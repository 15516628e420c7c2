namespace Samverkan.SchoolAttendance.Domain.Reports;

/// <summary>
/// A report of concern (orosanmälan, 19 kap. 1 § SoL) from school staff: what the school saw. Once sent it
/// belongs to social services; the school sees only the status it is entitled to, never their assessment.
/// </summary>
public sealed class ReportOfConcern
{
    private ReportOfConcern()
    {
    }

    public ReportOfConcern(Guid pupilId, Guid schoolId, string reportedBy, string observations, DateTimeOffset reportedAt)
    {
        Id = Guid.NewGuid();
        PupilId = pupilId;
        SchoolId = schoolId;
        ReportedBy = reportedBy;
        Observations = observations;
        ReportedAt = reportedAt;
    }

    public Guid Id { get; private set; }

    public Guid PupilId { get; private set; }

    public Guid SchoolId { get; private set; }

    public string ReportedBy { get; private set; } = string.Empty;

    public string Observations { get; private set; } = string.Empty;

    public DateTimeOffset ReportedAt { get; private set; }
}
