using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Application.Features.SocialServices;
using Samverkan.SchoolAttendance.Domain.SocialServices;

namespace Samverkan.SchoolAttendance.Application.Features.Interventions.RecordFollowUp;

internal sealed record RecordFollowUp(Guid InterventionId, DateOnly HeldOn) : ICommand<Unit>;

/// <summary>Meets the follow-up that was due and opens the next one on the cadence.</summary>
internal sealed class RecordFollowUpHandler(ISchoolAttendanceDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time) : ICommandHandler<RecordFollowUp, Unit>
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
