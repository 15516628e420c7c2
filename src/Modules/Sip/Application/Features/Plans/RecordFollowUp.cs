using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

internal sealed record RecordFollowUp(Guid PlanId, DateOnly HeldOn, DateOnly? NextFollowUpDate, IReadOnlyList<Closure.MeasureEffect> Effects) : ICommand<MediatR.Unit>;

/// <summary>An organisation taking part records the follow-up held, meeting its deadline, and the effect of measures judged there; a next date opens the next one.</summary>
internal sealed class RecordFollowUpHandler(ISipDbContext db, PlanAccess access, SipDeadlines deadlines) : ICommandHandler<RecordFollowUp, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordFollowUp command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        plan.RecordFollowUp(command.HeldOn, command.NextFollowUpDate);
        plan.JudgeEffects(command.Effects.GroupBy(e => e.MeasureId).ToDictionary(g => g.Key, g => g.Last().Effect));
        await deadlines.MeetAsync(plan.Id, SipDeadlineKinds.FollowUp, cancellationToken);
        if (command.NextFollowUpDate is { } next)
        {
            deadlines.OpenFollowUp(plan, next);
        }

        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "followed-up"));
        return MediatR.Unit.Value;
    }
}

internal sealed class RecordFollowUpValidator : FluentValidation.AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(c => c.Effects).Must(e => e.Count <= SipBounds.Measures).WithMessage($"A plan has at most {SipBounds.Measures} measures.");
        RuleForEach(c => c.Effects).ChildRules(effect =>
        {
            effect.RuleFor(e => e.MeasureId).NotEmpty();
            effect.RuleFor(e => e.Effect).NotEmpty().WithMessage("Say what effect the measure had.").MaximumLength(Samverkan.BuildingBlocks.Application.Validation.InputBounds.Text);
        });
    }
}
