using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SchoolAttendance.Application.Features.Reports.GetReportStatus;

namespace Samverkan.SchoolAttendance.Application.Features.Reports.RequestFeedback;

internal sealed record RequestFeedback(Guid ReportId) : ICommand<Unit>;

/// <summary>
/// The reporting school asks for feedback after the decision (19 kap. 6 § SoL), once social services told it the
/// assessment is decided; the request goes to them as an event, and they open the feedback deadline (due the
/// day asked) unless feedback is given or already due.
/// </summary>
internal sealed class RequestFeedbackHandler(ISchoolAttendanceDbContext db, CaseAccess access, TimeProvider time) : ICommandHandler<RequestFeedback, Unit>
{
    public async Task<Unit> Handle(RequestFeedback command, CancellationToken cancellationToken)
    {
        var report = await db.ReportsOfConcern.AsNoTracking().FirstOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken);
        if (report is null || !access.IsSchoolStaffOf(report.SchoolId))
        {
            throw new NotFoundException($"No report {command.ReportId} from your school.");
        }

        var told = await db.EntitledStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.SourceId == report.Id, cancellationToken);
        if (told is null || !told.IsAssessmentDecided)
        {
            throw new BusinessRuleViolationException("Feedback after decision", "Feedback can be asked for once social services have decided whether to investigate.");
        }

        db.AddAuditEntry(new AuditRecord("pupil", report.PupilId, "feedback-requested"));
        if (told.Status != ReportStatuses.FeedbackGiven)
        {
            db.AddIntegrationEvent(new FeedbackRequested { OccurredAt = time.GetUtcNow(), ReportId = report.Id, PupilId = report.PupilId });
        }

        return Unit.Value;
    }
}
