using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

internal sealed record RecordFollowUp(Guid PlanId, DateOnly HeldOn, DateOnly? NextFollowUpDate) : ICommand<MediatR.Unit>;

/// <summary>An organisation taking part records the follow-up held, meeting its deadline; a next date opens the next one.</summary>
internal sealed class RecordFollowUpHandler(ISipDbContext db, PlanAccess access, SipDeadlines deadlines) : ICommandHandler<RecordFollowUp, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordFollowUp command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        plan.RecordFollowUp(command.HeldOn, command.NextFollowUpDate);
        await deadlines.MeetAsync(plan.Id, SipDeadlineKinds.FollowUp, cancellationToken);
        if (command.NextFollowUpDate is { } next)
        {
            deadlines.OpenFollowUp(plan, next);
        }

        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "followed-up"));
        return MediatR.Unit.Value;
    }
}
