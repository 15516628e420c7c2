using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Closure;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Consents;

internal sealed record WithdrawConsent(Guid PlanId, Guid ConsentId) : ICommand<MediatR.Unit>;

/// <summary>
/// Any organisation taking part records a withdrawal it was told of (a guardian may tell the school): from that
/// moment no organisation but the holder reads the plan (docs/adr/0016): the plan closes as a joint plan at once
/// (reason consent-withdrawn), its deadlines are cancelled and SipPlanClosed goes out.
/// </summary>
internal sealed class WithdrawConsentHandler(ISipDbContext db, PlanAccess access, PlanClosure closure, ICurrentUser user, TimeProvider time) : ICommandHandler<WithdrawConsent, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(WithdrawConsent command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        var consent = await db.Consents.FindAsync([command.ConsentId], cancellationToken);
        if (consent is null || consent.PlanId != plan.Id)
        {
            throw new NotFoundException($"No consent {command.ConsentId} in this SIP.");
        }

        consent.Withdraw(user.UserId, time.GetUtcNow());
        db.AddIntegrationEvent(new SipConsentWithdrawn { PlanId = plan.Id, DistrictCode = plan.DistrictCode, OccurredAt = time.GetUtcNow() });
        if (!plan.IsClosed)
        {
            await closure.CloseAsync(plan, SipClosureReasons.ConsentWithdrawn, null, cancellationToken);
        }

        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "consent-withdrawn"));
        return MediatR.Unit.Value;
    }
}
