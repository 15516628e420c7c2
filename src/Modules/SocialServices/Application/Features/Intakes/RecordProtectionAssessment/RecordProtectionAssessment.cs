using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.RecordProtectionAssessment;

internal sealed record RecordProtectionAssessment(Guid IntakeId, string Assessment) : ICommand<Unit>;

/// <summary>The immediate protection assessment (20 kap. 1 § SoL); recording it meets its deadline.</summary>
internal sealed class RecordProtectionAssessmentHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time)
    : ICommandHandler<RecordProtectionAssessment, Unit>
{
    public async Task<Unit> Handle(RecordProtectionAssessment command, CancellationToken cancellationToken)
    {
        var intake = await access.IntakeAsync(command.IntakeId, cancellationToken);
        intake.RecordProtectionAssessment(command.Assessment, time.GetUtcNow());
        await deadlines.MeetAsync(intake.Id, DeadlineKinds.ProtectionAssessment, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", intake.Id, "protection-assessment"));
        return Unit.Value;
    }
}
