using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Proposals;

internal sealed record ProposePlan(string DistrictCode, string ChildName, DateOnly ChildBirthDate, string ChildSex, string Reason) : ICommand<Guid>;

/// <summary>Any party in the directory proposes a SIP for a child of a district; the district's municipality and region see it to judge it.</summary>
internal sealed class ProposePlanHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : ICommandHandler<ProposePlan, Guid>
{
    public async Task<Guid> Handle(ProposePlan command, CancellationToken cancellationToken)
    {
        var proposer = await access.CallerOrganisationAsync(cancellationToken);
        if (!await db.KnownOrganisations.AnyAsync(o => o.DistrictCodes.Contains(command.DistrictCode), cancellationToken))
        {
            throw new BusinessRuleViolationException("Known district", $"No organisation in the directory covers district '{command.DistrictCode}'.");
        }

        var plan = SipPlan.Propose(command.DistrictCode, command.ChildName, command.ChildBirthDate, command.ChildSex, proposer.Id, proposer.Kind, command.Reason, time.GetUtcNow());
        db.Plans.Add(plan);
        db.AddIntegrationEvent(new SipProposed { PlanId = plan.Id, DistrictCode = plan.DistrictCode, ProposedByKind = plan.ProposedByKind, OccurredAt = time.GetUtcNow() });
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "proposed"));
        return plan.Id;
    }
}
