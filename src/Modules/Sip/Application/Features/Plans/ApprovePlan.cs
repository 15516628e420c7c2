using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

/// <summary>Whether this approval agreed the plan, and as which version.</summary>
public sealed record ApprovalDto(bool Agreed, int? Version);

internal sealed record ApprovePlan(Guid PlanId) : ICommand<ApprovalDto>;

/// <summary>
/// An organiser taking part approves the draft. The last organiser's approval agrees it: the version is kept
/// unchanged and the follow-up date opens its deadline for the organiser with overall responsibility.
/// </summary>
internal sealed class ApprovePlanHandler(ISipDbContext db, PlanAccess access, SipDeadlines deadlines, TimeProvider time) : ICommandHandler<ApprovePlan, ApprovalDto>
{
    public async Task<ApprovalDto> Handle(ApprovePlan command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        if (!plan.Approve(access.Organisation))
        {
            db.AddAuditEntry(new AuditRecord("sip", plan.Id, "approved"));
            return new ApprovalDto(false, null);
        }

        db.PlanVersions.Add(new PlanVersion(plan.Id, plan.AgreedVersions, StockholmCalendar.Today(time), PlanContentDto.Of(plan).ToJson(), [.. plan.ApprovedBy]));
        await deadlines.MeetAsync(plan.Id, SipDeadlineKinds.FollowUp, cancellationToken);
        deadlines.OpenFollowUp(plan, plan.FollowUpDate!.Value);
        await deadlines.AgreeMeasuresAsync(plan, plan.AgreedVersions, cancellationToken);
        db.AddIntegrationEvent(new SipPlanAgreed
        {
            PlanId = plan.Id, DistrictCode = plan.DistrictCode, Version = plan.AgreedVersions, AgreedOn = StockholmCalendar.Today(time), OccurredAt = time.GetUtcNow(),
        });
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "agreed"));
        return new ApprovalDto(true, plan.AgreedVersions);
    }
}
