using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.GiveFeedback;

internal sealed record GiveFeedback(Guid IntakeId, string Feedback) : ICommand<Unit>;

/// <summary>Feedback to the reporting school (19 kap. 6 § SoL): recorded, shown to the school, and its deadline met.</summary>
internal sealed class GiveFeedbackHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time)
    : ICommandHandler<GiveFeedback, Unit>
{
    public async Task<Unit> Handle(GiveFeedback command, CancellationToken cancellationToken)
    {
        var intake = await access.IntakeAsync(command.IntakeId, cancellationToken);
        intake.GiveFeedback(command.Feedback, time.GetUtcNow());
        await deadlines.MeetAsync(intake.Id, DeadlineKinds.FeedbackToReporter, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", intake.Id, "feedback-given"));
        ReporterStatus.Publish(db, intake, time.GetUtcNow());
        return Unit.Value;
    }
}
