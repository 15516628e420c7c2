using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;

namespace Samverkan.Sip.Application.Features.Plans;

internal sealed record AddParticipant(Guid PlanId, Guid OrganisationId) : ICommand<MediatR.Unit>;

/// <summary>The convener summons an organiser or invites another organisation; a new organiser must approve the plan too.</summary>
internal sealed class AddParticipantHandler(ISipDbContext db, PlanAccess access) : ICommandHandler<AddParticipant, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AddParticipant command, CancellationToken cancellationToken)
    {
        var plan = await access.HeldPlanAsync(command.PlanId, cancellationToken);
        var organisation = await db.KnownOrganisations.FindAsync([command.OrganisationId], cancellationToken)
            ?? throw new BusinessRuleViolationException("Known participant", $"Organisation {command.OrganisationId} is not in the directory.");
        plan.AddParticipant(organisation.Id, organisation.IsOrganiser);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "participant-added"));
        return MediatR.Unit.Value;
    }
}
