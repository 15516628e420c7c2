using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Consents;

namespace Samverkan.Sip.Application.Features.Participation;

public sealed record ChildParticipationDto(Guid Id, Guid? MeetingId, DateOnly TookPartOn, IReadOnlyList<string> Ways, string? Representative, string? Adaptations);

/// <summary>Shared: false when the reader may not see the child (no consent in force, or the consent keeps the child back).</summary>
public sealed record ChildParticipationListDto(bool Shared, IReadOnlyList<ChildParticipationDto> Occasions);

internal sealed record ListChildParticipation(Guid PlanId) : IQuery<ChildParticipationListDto>;

/// <summary>How the child took part, for the convener, and for other organisations taking part while a consent in force shows them the child.</summary>
internal sealed class ListChildParticipationHandler(ISipDbContext db, PlanAccess access) : IQueryHandler<ListChildParticipation, ChildParticipationListDto>
{
    public async Task<ChildParticipationListDto> Handle(ListChildParticipation query, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(query.PlanId, cancellationToken);
        var sharing = await access.SharingFor(plan, cancellationToken);
        var shown = sharing.Shows(PlanInformation.Child);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, shown ? "child-participation-read" : "child-participation-read-without-content"));
        if (!shown)
        {
            return new ChildParticipationListDto(false, []);
        }

        var occasions = await db.ChildParticipations.AsNoTracking().Where(p => p.PlanId == plan.Id).OrderBy(p => p.TookPartOn).ThenBy(p => p.RecordedAt)
            .Select(p => new ChildParticipationDto(p.Id, p.MeetingId, p.TookPartOn, p.Ways, p.Representative, p.Adaptations))
            .ToListAsync(cancellationToken);
        return new ChildParticipationListDto(true, occasions);
    }
}
