using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.Rules;

namespace Samverkan.SocialServices.Application.Features.Intakes.RequestedFeedback;

/// <summary>
/// The reporting school asked for feedback after the decision (19 kap. 6 § SoL): when no feedback is given and
/// none is already due, it falls due at once, on the day the school asked.
/// </summary>
internal sealed class OpenFeedbackOnRequest(ISocialServicesDbContext db, CaseDeadlines deadlines) : IIntegrationEventHandler<FeedbackRequested>
{
    public async Task Handle(FeedbackRequested integrationEvent, CancellationToken cancellationToken)
    {
        var intake = await db.Intakes.AsNoTracking().FirstOrDefaultAsync(i => i.SourceId == integrationEvent.ReportId, cancellationToken);
        if (intake is null || !intake.IsAssessmentDecided)
        {
            // The school asks only once it learnt of the decision; a request without one has nothing to open.
            return;
        }

        db.AddAuditEntry(new AuditRecord("case", intake.Id, "feedback-requested"));
        if (intake.FeedbackGivenAt is null && await deadlines.CurrentAsync(intake.Id, DeadlineKinds.FeedbackToReporter, cancellationToken) is null)
        {
            var askedOn = StockholmCalendar.ToLocalDate(integrationEvent.OccurredAt);
            await deadlines.OpenAsync(DeadlineKinds.FeedbackToReporter, intake.Id, intake.DistrictCode, askedOn, LegalRuleKeys.FeedbackOnRequest, askedOn, cancellationToken);
        }
    }
}
