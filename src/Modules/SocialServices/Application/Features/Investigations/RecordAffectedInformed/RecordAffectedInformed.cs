using MediatR;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Investigations.RecordAffectedInformed;

internal sealed record RecordAffectedInformed(Guid InvestigationId, DateOnly InformedOn, string InformedWho, string How) : ICommand<Unit>;

/// <summary>
/// Those affected were told the investigation opened (20 kap. 4 § SoL): recorded on the investigation and its
/// at-once deadline met. Recorded once; a second notice is a conflict and the first stands.
/// </summary>
internal sealed class RecordAffectedInformedHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time)
    : ICommandHandler<RecordAffectedInformed, Unit>
{
    public async Task<Unit> Handle(RecordAffectedInformed command, CancellationToken cancellationToken)
    {
        var investigation = await access.InvestigationAsync(command.InvestigationId, cancellationToken);
        if (investigation.IsAffectedInformed)
        {
            throw new ConflictException($"Those affected were already recorded as informed on {investigation.AffectedInformedOn:yyyy-MM-dd}.");
        }

        investigation.RecordAffectedInformed(command.InformedOn, command.InformedWho, command.How, StockholmCalendar.Today(time));
        await deadlines.MeetAsync(investigation.Id, DeadlineKinds.InformAffected, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", investigation.Id, "affected-informed"));
        return Unit.Value;
    }
}
