using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

internal sealed record RecordFirstMeeting(Guid PlanId, DateOnly HeldOn) : ICommand<MediatR.Unit>;

/// <summary>The convener records the first SIP meeting, meeting its time limit.</summary>
internal sealed class RecordFirstMeetingHandler(ISipDbContext db, PlanAccess access, SipDeadlines deadlines) : ICommandHandler<RecordFirstMeeting, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordFirstMeeting command, CancellationToken cancellationToken)
    {
        var plan = await access.HeldPlanAsync(command.PlanId, cancellationToken);
        plan.RecordFirstMeeting(command.HeldOn);
        await deadlines.MeetAsync(plan.Id, SipDeadlineKinds.FirstMeeting, cancellationToken);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "first-meeting-held"));
        return MediatR.Unit.Value;
    }
}
