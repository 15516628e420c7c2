using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.RecordMeeting;

internal sealed record RecordMeeting(Guid IntakeId, string Status) : ICommand<Unit>;

/// <summary>The meeting offered to the reporting school (anmälningsmöte, 19 kap. 5 § SoL): offered, accepted or declined.</summary>
internal sealed class RecordMeetingHandler(ISocialServicesDbContext db, CaseAccess access, TimeProvider time) : ICommandHandler<RecordMeeting, Unit>
{
    public async Task<Unit> Handle(RecordMeeting command, CancellationToken cancellationToken)
    {
        var intake = await access.IntakeAsync(command.IntakeId, cancellationToken);
        intake.RecordMeeting(command.Status);
        db.AddAuditEntry(new AuditRecord("case", intake.Id, "meeting-" + command.Status));
        ReporterStatus.Publish(db, intake, time.GetUtcNow());
        return Unit.Value;
    }
}
