using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.ExtendPreliminaryAssessment;

internal sealed record ExtendPreliminaryAssessment(Guid IntakeId, DateOnly NewDueDate, string ExceptionalReason) : ICommand<Unit>;

/// <summary>More than 14 days only for exceptional reasons, recorded (20 kap. 2 § SoL); the strict date never moves silently.</summary>
internal sealed class ExtendPreliminaryAssessmentHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time)
    : ICommandHandler<ExtendPreliminaryAssessment, Unit>
{
    public async Task<Unit> Handle(ExtendPreliminaryAssessment command, CancellationToken cancellationToken)
    {
        var intake = await access.IntakeAsync(command.IntakeId, cancellationToken);
        intake.RecordPreliminaryExtension(command.ExceptionalReason, StockholmCalendar.Today(time));
        var deadline = await deadlines.CurrentAsync(intake.Id, DeadlineKinds.PreliminaryAssessment, cancellationToken)
            ?? throw new BusinessRuleViolationException("Deadline open", "The preliminary assessment has no open deadline to extend.");
        deadline.Extend(command.NewDueDate, command.ExceptionalReason, LegalDueDates.LatestPreliminaryAssessmentExtension(intake.ReceivedAt));
        db.AddAuditEntry(new AuditRecord("case", intake.Id, "preliminary-assessment-extended"));
        return Unit.Value;
    }
}
