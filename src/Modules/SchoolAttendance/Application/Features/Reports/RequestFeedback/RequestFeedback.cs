using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Application.Features.SocialServices;
using Samverkan.SchoolAttendance.Domain.Rules;
using Samverkan.SchoolAttendance.Domain.SocialServices;

namespace Samverkan.SchoolAttendance.Application.Features.Reports.RequestFeedback;

internal sealed record RequestFeedback(Guid ReportId) : ICommand<Unit>;

/// <summary>
/// The reporting school asks for feedback after the decision (19 kap. 6 § SoL): when no feedback is given
/// and none is already due, it falls due at once, the same day.
/// </summary>
internal sealed class RequestFeedbackHandler(ISchoolAttendanceDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time) : ICommandHandler<RequestFeedback, Unit>
{
    public async Task<Unit> Handle(RequestFeedback command, CancellationToken cancellationToken)
    {
        var report = await db.ReportsOfConcern.AsNoTracking().FirstOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken);
        if (report is null || !access.IsSchoolStaffOf(report.SchoolId))
        {
            throw new NotFoundException($"No report {command.ReportId} from your school.");
        }

        var intake = await db.Intakes.AsNoTracking().FirstOrDefaultAsync(i => i.SourceId == report.Id, cancellationToken);
        if (intake is null || !intake.IsAssessmentDecided)
        {
            throw new BusinessRuleViolationException("Feedback after decision", "Feedback can be asked for once social services have decided whether to investigate.");
        }

        db.AddAuditEntry(new AuditRecord("pupil", report.PupilId, "feedback-requested"));
        if (intake.FeedbackGivenAt is null && await deadlines.CurrentAsync(intake.Id, DeadlineKinds.FeedbackToReporter, cancellationToken) is null)
        {
            var today = StockholmCalendar.Today(time);
            await deadlines.OpenAsync(DeadlineKinds.FeedbackToReporter, intake.Id, intake.DistrictCode, today, LegalRuleKeys.FeedbackOnRequest, today, cancellationToken);
        }

        return Unit.Value;
    }
}
