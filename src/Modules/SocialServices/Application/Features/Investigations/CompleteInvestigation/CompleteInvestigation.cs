using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Investigations.CompleteInvestigation;

internal sealed record CompleteInvestigation(Guid InvestigationId) : ICommand<Unit>;

internal sealed class CompleteInvestigationHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines, TimeProvider time)
    : ICommandHandler<CompleteInvestigation, Unit>
{
    public async Task<Unit> Handle(CompleteInvestigation command, CancellationToken cancellationToken)
    {
        var investigation = await access.InvestigationAsync(command.InvestigationId, cancellationToken);
        investigation.Complete(StockholmCalendar.Today(time));
        await deadlines.MeetAsync(investigation.Id, DeadlineKinds.Investigation, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", investigation.Id, "investigation-completed"));
        return Unit.Value;
    }
}
