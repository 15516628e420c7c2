using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SocialServices.Application.Features.CaseWorkers;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.Rules;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Application.Features.Intakes.DecidePreliminaryAssessment;

/// <summary>The decision's outcome: the investigation opened, if one was.</summary>
public sealed record DecisionDto(Guid IntakeId, Guid? InvestigationId);

internal sealed record DecidePreliminaryAssessment(Guid IntakeId, bool OpenInvestigation, string Reasons) : ICommand<DecisionDto>;

/// <summary>
/// Decides whether to investigate, with reasons. Meets the preliminary assessment; opens the investigation
/// (four months, covering schooling since a school reported) with the notice to those affected due the same
/// day, and, where the rule is in force on the decision date (from 2026-01-15), the one-week feedback to the
/// reporting school.
/// </summary>
internal sealed class DecidePreliminaryAssessmentHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, ICurrentUser user, TimeProvider time)
    : ICommandHandler<DecidePreliminaryAssessment, DecisionDto>
{
    public async Task<DecisionDto> Handle(DecidePreliminaryAssessment command, CancellationToken cancellationToken)
    {
        var intake = await access.IntakeAsync(command.IntakeId, cancellationToken);
        var today = StockholmCalendar.Today(time);
        Investigation? investigation = null;
        if (command.OpenInvestigation)
        {
            investigation = Investigation.Open(intake.PupilId, intake.DistrictCode, today, LegalDueDates.Investigation(today), onSchoolReport: intake.ReporterKind == ReporterKinds.School);
            db.Investigations.Add(investigation);
            if (intake.CaseWorkerUserId is { } caseWorker)
            {
                // The intake's case worker carries on with the investigation until the unit manager reassigns it.
                investigation.AssignCaseWorker(caseWorker);
                db.CaseAssignments.Add(CaseAssignment.Record(CaseKinds.Investigation, investigation.Id, null, caseWorker, user.UserId, time.GetUtcNow()));
            }

            await deadlines.OpenAsync(DeadlineKinds.Investigation, investigation.Id, intake.DistrictCode, investigation.DueDate, LegalRuleKeys.Investigation, today, cancellationToken);
            await deadlines.OpenAsync(DeadlineKinds.InformAffected, investigation.Id, intake.DistrictCode, LegalDueDates.InformAffected(today), LegalRuleKeys.InformAffected, today, cancellationToken);
            db.AddAuditEntry(new AuditRecord("case", investigation.Id, "investigation-opened"));
        }

        intake.Decide(command.OpenInvestigation, command.Reasons, today, investigation?.Id);
        await deadlines.MeetAsync(intake.Id, DeadlineKinds.PreliminaryAssessment, cancellationToken);
        if (intake.IsReporterEntitledToFeedback && LegalRuleCatalogue.InForce(LegalRuleKeys.FeedbackToReporter, today) is { } feedbackRule)
        {
            await deadlines.OpenAsync(DeadlineKinds.FeedbackToReporter, intake.Id, intake.DistrictCode, LegalDueDates.FeedbackToReporter(today), feedbackRule.Reference, cancellationToken);
        }

        db.AddAuditEntry(new AuditRecord("case", intake.Id, "preliminary-assessment-decided"));
        ReporterStatus.Publish(db, intake, time.GetUtcNow());
        return new DecisionDto(intake.Id, investigation?.Id);
    }
}
