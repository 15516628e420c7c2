using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Domain.SocialServices;

namespace Samverkan.SchoolAttendance.Application.Features.Reports.GetReportStatus;

/// <summary>
/// What the reporting school may know (19 kap. 6 § SoL): sent, received, assessment decided, feedback given,
/// the offered meeting, and the feedback text itself. Never the assessment or the reasons: those are secret.
/// </summary>
public sealed record ReportStatusDto(
    Guid ReportId,
    Guid PupilId,
    DateTimeOffset ReportedAt,
    [property: ValuesOf(typeof(ReportStatuses))] string Status,
    DateTimeOffset? ReceivedAt,
    string? Feedback,
    [property: ValuesOf(typeof(MeetingStatuses))] string MeetingStatus);

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
        var intake = await db.Intakes.AsNoTracking().FirstOrDefaultAsync(i => i.SourceId == report.Id, cancellationToken);
        var status = intake switch
        {
            null => ReportStatuses.Sent,
            { FeedbackGivenAt: not null } => ReportStatuses.FeedbackGiven,
            { IsAssessmentDecided: true } => ReportStatuses.AssessmentDecided,
            _ => ReportStatuses.Received,
        };
        return new ReportStatusDto(report.Id, report.PupilId, report.ReportedAt, status, intake?.ReceivedAt, intake?.Feedback, intake?.MeetingStatus ?? MeetingStatuses.NotOffered);
    }
}
