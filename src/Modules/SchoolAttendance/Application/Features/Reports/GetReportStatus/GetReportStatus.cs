using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Application.Access;

namespace Samverkan.SchoolAttendance.Application.Features.Reports.GetReportStatus;

/// <summary>
/// What the reporting school may know (19 kap. 6 § SoL): sent, received, assessment decided, feedback given,
/// the offered meeting, and the feedback text itself. Never the assessment or the reasons: those are secret.
/// </summary>
public sealed record ReportStatusDto(
    Guid ReportId, Guid PupilId, DateTimeOffset ReportedAt, string Status, DateTimeOffset? ReceivedAt, string? Feedback, string MeetingStatus);

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
            null => "sent",
            { FeedbackGivenAt: not null } => "feedback-given",
            { IsAssessmentDecided: true } => "assessment-decided",
            _ => "received",
        };
        return new ReportStatusDto(report.Id, report.PupilId, report.ReportedAt, status, intake?.ReceivedAt, intake?.Feedback, intake?.MeetingStatus ?? "not-offered");
    }
}
