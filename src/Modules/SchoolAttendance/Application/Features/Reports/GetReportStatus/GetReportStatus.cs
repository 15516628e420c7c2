using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Application.Access;

namespace Samverkan.SchoolAttendance.Application.Features.Reports.GetReportStatus;

/// <summary>
/// What the reporting school may know (19 kap. 6 § SoL): sent, received, assessment decided, feedback given,
/// the offered meeting, and the feedback text itself, as social services told it (ReporterStatusChanged). Never
/// the assessment or the reasons: those are secret (OSL 26 kap.) and never leave SocialServices.
/// </summary>
public sealed record ReportStatusDto(
    Guid ReportId,
    Guid PupilId,
    DateTimeOffset ReportedAt,
    [property: ValuesOf(typeof(ReportStatuses))] string Status,
    DateTimeOffset? ReceivedAt,
    string? Feedback,
    [property: ValuesOf(typeof(ReporterMeetingStatuses))] string MeetingStatus);

/// <summary>The meeting offered to the reporting school (anmälningsmöte, 19 kap. 5 § SoL), as social services tell it.</summary>
public static class ReporterMeetingStatuses
{
    public const string NotOffered = "not-offered";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { NotOffered, "offered", "accepted", "declined" };
}

/// <summary>Where a report of concern stands, as far as the reporting school may know.</summary>
public static class ReportStatuses
{
    public const string Sent = "sent";
    public const string Received = "received";
    public const string AssessmentDecided = "assessment-decided";
    public const string FeedbackGiven = "feedback-given";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Sent, Received, AssessmentDecided, FeedbackGiven };
}

internal sealed record GetReportStatus(Guid ReportId) : IQuery<ReportStatusDto>;

internal sealed class GetReportStatusHandler(ISchoolAttendanceDbContext db, CaseAccess access) : IQueryHandler<GetReportStatus, ReportStatusDto>
{
    public async Task<ReportStatusDto> Handle(GetReportStatus query, CancellationToken cancellationToken)
    {
        var report = await db.ReportsOfConcern.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReportId, cancellationToken);
        if (report is null || !access.IsSchoolStaffOf(report.SchoolId))
        {
            throw new NotFoundException($"No report {query.ReportId} from your school.");
        }

        db.AddAuditEntry(new AuditRecord("pupil", report.PupilId, "report-status-read"));
        var told = await db.EntitledStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.SourceId == report.Id, cancellationToken);
        return new ReportStatusDto(
            report.Id, report.PupilId, report.ReportedAt, told?.Status ?? ReportStatuses.Sent, told?.ReceivedAt, told?.Feedback,
            told?.MeetingStatus ?? ReporterMeetingStatuses.NotOffered);
    }
}
