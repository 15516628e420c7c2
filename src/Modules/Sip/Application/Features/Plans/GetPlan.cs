using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

/// <summary>The child as the proposal named it; null for a reader the consent does not show the child to.</summary>
public sealed record ChildDto(string Name, DateOnly BirthDate, [property: ValuesOf(typeof(ChildSexes))] string Sex);

public sealed record ParticipantDto(Guid OrganisationId, bool IsOrganiser, bool Approved);

public sealed record ConsentDto(
    Guid Id, [property: ValuesOf(typeof(ConsentingRoles))] string PersonRole, IReadOnlyList<Guid> CoveredOrganisationIds, IReadOnlyList<string> ExcludedInformation,
    DateOnly ValidFrom, DateOnly? ValidUntil, [property: ValuesOf(typeof(ConsentForms))] string Form, string DocumentedBy, DateTimeOffset? WithdrawnAt);

/// <summary>A deadline of the plan; <c>SubjectId</c> is the plan's id, or a measure's for the measure's due date.</summary>
public sealed record SipDeadlineDto(string Kind, Guid SubjectId, DateOnly DueDate, string Status, string RuleReference);

/// <summary>The evaluation of the plan; the summary null for a reader the consent shares nothing with.</summary>
public sealed record EvaluationDto(DateOnly EvaluatedOn, string? Summary);

public sealed record ClosureDto(DateOnly ClosedOn, string Reason, string ReasonLabel, string? Note);

public sealed record PlanDto(
    Guid Id, string DistrictCode, [property: ValuesOf(typeof(PlanStatuses))] string Status, ChildDto? Child,
    Guid ProposedByOrganisationId, string ProposedByKind, DateTimeOffset ProposedAt, string? ProposalReason,
    Guid? JudgedByOrganisationId, DateOnly? JudgedOn, string? NotNeededReason, Guid? ConvenerOrganisationId, DateOnly? FirstMeetingHeldOn,
    bool Shared, PlanContentDto Content, IReadOnlyList<ParticipantDto> Participants, int AgreedVersions, IReadOnlyList<ConsentDto> Consents,
    IReadOnlyList<SipDeadlineDto> Deadlines, EvaluationDto? Evaluation, ClosureDto? Closure);

internal sealed record GetPlan(Guid PlanId) : IQuery<PlanDto>;

/// <summary>
/// One SIP as the caller's organisation may see it: the holder everything; the proposer the judgement and its
/// reason; other participants the content only while a valid consent covers them, less what it excludes.
/// </summary>
internal sealed class GetPlanHandler(ISipDbContext db, PlanAccess access, Microsoft.Extensions.Options.IOptions<Closure.SipClosureOptions> reasons) : IQueryHandler<GetPlan, PlanDto>
{
    public async Task<PlanDto> Handle(GetPlan query, CancellationToken cancellationToken)
    {
        var plan = await access.PlanAsync(query.PlanId, cancellationToken);
        var sharing = await access.SharingFor(plan, cancellationToken);
        var holder = plan.Holds(access.Organisation);
        var proposer = plan.ProposedByOrganisationId == access.Organisation;
        var seesChild = holder || proposer || plan.Status == PlanStatuses.Proposed || sharing.Shows(PlanInformation.Child);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, sharing.Allowed ? "read" : "read-without-content"));

        var consents = holder
            ? await db.Consents.AsNoTracking().Where(c => c.PlanId == plan.Id).OrderBy(c => c.RecordedAt)
                .Select(c => new ConsentDto(c.Id, c.PersonRole, c.CoveredOrganisationIds, c.ExcludedInformation, c.ValidFrom, c.ValidUntil, c.Form, c.DocumentedBy, c.WithdrawnAt))
                .ToListAsync(cancellationToken)
            : [];
        var subjects = plan.Measures.Select(m => m.Id).Append(plan.Id).ToList();
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => subjects.Contains(d.SubjectId)).OrderBy(d => d.CreatedAt)
            .Select(d => new SipDeadlineDto(d.Kind, d.SubjectId, d.DueDate, d.Status.ToString(), d.RuleReference))
            .ToListAsync(cancellationToken);
        return new PlanDto(
            plan.Id, plan.DistrictCode, plan.Status, seesChild ? new ChildDto(plan.ChildName, plan.ChildBirthDate, plan.ChildSex) : null,
            plan.ProposedByOrganisationId, plan.ProposedByKind, plan.ProposedAt, seesChild ? plan.ProposalReason : null,
            plan.JudgedByOrganisationId, plan.JudgedOn, plan.NotNeededReason, plan.ConvenerOrganisationId, plan.FirstMeetingHeldOn,
            sharing.Allowed, PlanContentDto.Of(plan).For(sharing),
            [.. plan.Participants.Select(p => new ParticipantDto(p.OrganisationId, p.IsOrganiser, plan.ApprovedBy.Contains(p.OrganisationId)))],
            plan.AgreedVersions, consents, deadlines,
            plan.EvaluatedOn is { } evaluatedOn ? new EvaluationDto(evaluatedOn, sharing.Allowed ? plan.EvaluationSummary : null) : null,
            plan.ClosedOn is { } closedOn ? new ClosureDto(closedOn, plan.ClosureReason!, reasons.Value.LabelOf(plan.ClosureReason), sharing.Allowed ? plan.ClosureNote : null) : null);
    }
}
