using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Investigations.ExtendInvestigation;

internal sealed record ExtendInvestigation(Guid InvestigationId, DateOnly NewDueDate, string Reason) : ICommand<Unit>;

/// <summary>An extension by decision, for special reasons, to a set date (20 kap. 3 § SoL).</summary>
internal sealed class ExtendInvestigationHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines) : ICommandHandler<ExtendInvestigation, Unit>
{
    public async Task<Unit> Handle(ExtendInvestigation command, CancellationToken cancellationToken)
    {
        var investigation = await access.InvestigationAsync(command.InvestigationId, cancellationToken);
        var deadline = await deadlines.CurrentAsync(investigation.Id, DeadlineKinds.Investigation, cancellationToken)
            ?? throw new BusinessRuleViolationException("Deadline open", "The investigation has no open deadline to extend.");
        deadline.Extend(command.NewDueDate, command.Reason, LegalDueDates.LatestInvestigationExtension(investigation.OpenedOn));
        investigation.Extend(command.NewDueDate, command.Reason);
        db.AddAuditEntry(new AuditRecord("case", investigation.Id, "investigation-extended"));
        return Unit.Value;
    }
}
