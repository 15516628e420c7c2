using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Participation;

namespace Samverkan.Sip.Application.Features.Participation;

internal sealed record GiveFamilyFeedback(Guid PlanId, int ListenedTo, int Helped) : ICommand<MediatR.Unit>;

/// <summary>The convener records the family's optional short feedback, once per plan; it is read only as counts per district.</summary>
internal sealed class GiveFamilyFeedbackHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : ICommandHandler<GiveFamilyFeedback, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(GiveFamilyFeedback command, CancellationToken cancellationToken)
    {
        var plan = await access.HeldPlanAsync(command.PlanId, cancellationToken);
        if (await db.FamilyFeedback.AnyAsync(f => f.PlanId == plan.Id, cancellationToken))
        {
            throw new BusinessRuleViolationException("Feedback once", "The family's feedback on this plan is already recorded.");
        }

        db.FamilyFeedback.Add(FamilyFeedback.Give(plan.Id, plan.DistrictCode, StockholmCalendar.Today(time), command.ListenedTo, command.Helped));
        db.RequireUnchangedUntilSaved(plan);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "family-feedback-given"));
        return MediatR.Unit.Value;
    }
}
