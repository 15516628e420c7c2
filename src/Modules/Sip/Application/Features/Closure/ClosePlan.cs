using FluentValidation;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Closure;

internal sealed record ClosePlan(Guid PlanId, string Reason, string? Note) : ICommand<MediatR.Unit>;

/// <summary>
/// The convener or an organiser taking part closes the plan with a reason from the vocabulary. Every deadline of the
/// plan still running (first meeting, follow-up, measures) is cancelled through the deadline engine, so no reminder
/// fires after closure, and <see cref="SipPlanClosed"/> goes out through the outbox.
/// </summary>
internal sealed class ClosePlanHandler(PlanAccess access, PlanClosure closure, IOptions<SipClosureOptions> reasons, ISipDbContext db) : ICommandHandler<ClosePlan, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ClosePlan command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        if (!plan.Holds(access.Organisation) && !plan.Organisers.Contains(access.Organisation))
        {
            throw new ForbiddenException("The convener or an organiser taking part closes the plan.");
        }

        if (command.Reason == SipClosureReasons.ConsentWithdrawn)
        {
            throw new BusinessRuleViolationException("Closure by withdrawal", "A plan closes for a withdrawn consent when the withdrawal is recorded; record the withdrawal instead.");
        }

        if (!reasons.Value.All.ContainsKey(command.Reason))
        {
            throw new BusinessRuleViolationException("Closure reason", $"The reason is one of {string.Join(", ", reasons.Value.All.Keys.Where(k => k != SipClosureReasons.ConsentWithdrawn))}.");
        }

        await closure.CloseAsync(plan, command.Reason, command.Note, cancellationToken);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "closed"));
        return MediatR.Unit.Value;
    }
}

internal sealed class ClosePlanValidator : AbstractValidator<ClosePlan>
{
    public ClosePlanValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("A closure states its reason.").MaximumLength(InputBounds.Code);
        RuleFor(c => c.Note).MaximumLength(InputBounds.Text);
    }
}

/// <summary>Closing a plan, by hand or by a withdrawal: the plan, its deadlines and the event, in one save.</summary>
internal sealed class PlanClosure(ISipDbContext db, SipDeadlines deadlines, TimeProvider time)
{
    public async Task CloseAsync(SipPlan plan, string reason, string? note, CancellationToken cancellationToken)
    {
        var today = StockholmCalendar.Today(time);
        plan.Close(reason, note, today);
        await deadlines.CancelAllAsync(plan, $"SIP closed: {reason}", cancellationToken);
        db.AddIntegrationEvent(new SipPlanClosed
        {
            PlanId = plan.Id,
            DistrictCode = plan.DistrictCode,
            ConvenerOrganisationId = plan.ConvenerOrganisationId!.Value,
            Reason = reason,
            ClosedOn = today,
            AgreedVersions = plan.AgreedVersions,
            OccurredAt = time.GetUtcNow(),
        });
    }
}
