using FluentValidation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Plans;

namespace Samverkan.Sip.Application.Features.Closure;

/// <summary>The judgement of one measure's effect, naming the measure by its id.</summary>
public sealed record MeasureEffect(Guid MeasureId, string Effect);

internal sealed record EvaluatePlan(Guid PlanId, DateOnly EvaluatedOn, string Summary, IReadOnlyList<MeasureEffect> Effects) : ICommand<MediatR.Unit>;

/// <summary>
/// The convener or an organiser taking part evaluates an agreed plan: the effect of each measure judged, and the
/// whole in words. The agreed versions stay unchanged; the evaluation is read with the plan, gated by consent.
/// </summary>
internal sealed class EvaluatePlanHandler(ISipDbContext db, PlanAccess access) : ICommandHandler<EvaluatePlan, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EvaluatePlan command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        if (!plan.Holds(access.Organisation) && !plan.Organisers.Contains(access.Organisation))
        {
            throw new ForbiddenException("The convener or an organiser taking part evaluates the plan.");
        }

        plan.Evaluate(command.EvaluatedOn, command.Summary, command.Effects.ToDictionary(e => e.MeasureId, e => e.Effect));
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "evaluated"));
        return MediatR.Unit.Value;
    }
}

internal sealed class EvaluatePlanValidator : AbstractValidator<EvaluatePlan>
{
    public EvaluatePlanValidator()
    {
        RuleFor(c => c.Summary).NotEmpty().WithMessage("An evaluation says in words how the plan worked.").MaximumLength(InputBounds.LongText);
        RuleFor(c => c.Effects).Must(e => e.Count <= SipBounds.Measures).WithMessage($"A plan has at most {SipBounds.Measures} measures.")
            .Must(e => e.Select(x => x.MeasureId).Distinct().Count() == e.Count).WithMessage("Each measure is judged once.");
        RuleForEach(c => c.Effects).ChildRules(effect =>
        {
            effect.RuleFor(e => e.MeasureId).NotEmpty();
            effect.RuleFor(e => e.Effect).NotEmpty().WithMessage("Say what effect the measure had.").MaximumLength(InputBounds.Text);
        });
    }
}
