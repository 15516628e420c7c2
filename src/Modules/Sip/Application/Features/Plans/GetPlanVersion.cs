using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;

namespace Samverkan.Sip.Application.Features.Plans;

public sealed record PlanVersionDto(int Number, DateOnly AgreedOn, IReadOnlyList<Guid> ApprovedBy, bool Shared, PlanContentDto Content);

internal sealed record GetPlanVersion(Guid PlanId, int Number) : IQuery<PlanVersionDto>;

/// <summary>An agreed version exactly as it was agreed, gated by consent like the plan itself.</summary>
internal sealed class GetPlanVersionHandler(ISipDbContext db, PlanAccess access) : IQueryHandler<GetPlanVersion, PlanVersionDto>
{
    public async Task<PlanVersionDto> Handle(GetPlanVersion query, CancellationToken cancellationToken)
    {
        var plan = await access.PlanAsync(query.PlanId, cancellationToken);
        var version = await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.PlanId == plan.Id && v.Number == query.Number, cancellationToken)
            ?? throw new NotFoundException($"The SIP has no agreed version {query.Number}.");
        var sharing = await access.SharingFor(plan, cancellationToken);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "version-read"));
        return new PlanVersionDto(version.Number, version.AgreedOn, version.ApprovedBy, sharing.Allowed, PlanContentDto.Parse(version.Content).For(sharing));
    }
}
