using FluentValidation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Contracts;

namespace Samverkan.Sip.Application.Features.Proposals;

internal sealed record JudgeProposal(Guid PlanId, bool Needed, Guid? ConvenerOrganisationId, string? Reason) : ICommand<MediatR.Unit>;

/// <summary>
/// The municipality or the region of the district judges the proposal: needed, naming who convenes (work starts
/// that day and the first meeting's time limit opens), or not needed with a reason the proposer reads.
/// </summary>
internal sealed class JudgeProposalHandler(ISipDbContext db, PlanAccess access, SipDeadlines deadlines, TimeProvider time) : ICommandHandler<JudgeProposal, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(JudgeProposal command, CancellationToken cancellationToken)
    {
        var plan = await access.PlanAsync(command.PlanId, cancellationToken);
        var judge = await access.OrganiserOfDistrictAsync(plan.DistrictCode, cancellationToken)
            ?? throw new ForbiddenException("The municipality's or the region's organisation of the district judges a proposal.");
        var today = StockholmCalendar.Today(time);
        if (!command.Needed)
        {
            plan.JudgeNotNeeded(judge.Id, command.Reason ?? string.Empty, today);
        }
        else
        {
            var convener = await db.KnownOrganisations.FindAsync([command.ConvenerOrganisationId ?? judge.Id], cancellationToken)
                ?? throw new BusinessRuleViolationException("Known convener", $"Organisation {command.ConvenerOrganisationId} is not in the directory.");
            plan.JudgeNeeded(judge.Id, judge.IsOrganiser, convener.Id, convener.IsOrganiser, today);
            deadlines.OpenFirstMeeting(plan, today);
        }

        db.AddIntegrationEvent(new SipJudged
        {
            PlanId = plan.Id, DistrictCode = plan.DistrictCode, Needed = command.Needed, JudgedByOrganisationId = judge.Id, ConvenerOrganisationId = plan.ConvenerOrganisationId,
            JudgedOn = today, OccurredAt = time.GetUtcNow(),
        });
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, command.Needed ? "judged-needed" : "judged-not-needed"));
        return MediatR.Unit.Value;
    }
}

internal sealed class JudgeProposalValidator : AbstractValidator<JudgeProposal>
{
    public JudgeProposalValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().When(c => !c.Needed).WithMessage("A judgement that no SIP is needed states the reason, which the proposer reads.");
        RuleFor(c => c.Reason).MaximumLength(InputBounds.Text);
    }
}
