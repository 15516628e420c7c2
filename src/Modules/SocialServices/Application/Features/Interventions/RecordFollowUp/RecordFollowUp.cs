using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Interventions.RecordFollowUp;

internal sealed record RecordFollowUp(Guid InterventionId, DateOnly HeldOn) : ICommand<Unit>;

/// <summary>Meets the follow-up that was due and opens the next one on the cadence.</summary>
internal sealed class RecordFollowUpHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time) : ICommandHandler<RecordFollowUp, Unit>
{
    public async Task<Unit> Handle(RecordFollowUp command, CancellationToken cancellationToken)
    {
        var intervention = await access.InterventionAsync(command.InterventionId, cancellationToken);
        intervention.RequireFollowUpHeldOn(command.HeldOn, StockholmCalendar.Today(time));
        await db.CountFollowUpAsync(intervention, command.HeldOn, cancellationToken);
        await deadlines.MeetAsync(intervention.Id, DeadlineKinds.InterventionFollowUp, cancellationToken);
        await InterventionFollowUps.OpenNextAsync(deadlines, intervention, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", intervention.InvestigationId, "intervention-followed-up"));
        return Unit.Value;
    }
}
