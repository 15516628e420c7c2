using Ardalis.Specification;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Mapping;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.ListIntakes;

public sealed record IntakeSummaryDto(Guid Id, Guid PupilId, string DistrictCode, [property: ValuesOf(typeof(IntakeSources))] string Source, DateTimeOffset ReceivedAt, DateOnly? DecidedOn,
    [property: ValuesOf(typeof(ReporterKinds))] string ReporterKind, string? ChildIdentityNumber, [property: ValuesOf(typeof(IdentityNumberKinds))] string ChildIdentityKind);

internal sealed record ListIntakes(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<IntakeSummaryDto>>, IPagedQuery;

internal sealed class IntakesOfDistricts : Specification<Intake>
{
    public IntakesOfDistricts(IReadOnlyCollection<string> districts, IPagedQuery page)
    {
        Query.Where(DistrictCriteria.In<Intake>(districts, i => i.DistrictCode))
            .OrderByDescending(i => i.ReceivedAt).ThenBy(i => i.Id)
            .Skip((page.Page - 1) * page.PageSize).Take(page.PageSize)
            .AsNoTracking();
    }
}

/// <summary>The intakes of the districts the caller's social services cover, newest first; nobody else's.</summary>
internal sealed class ListIntakesHandler(ISocialServicesDbContext db, ICurrentUser user, SocialServicesMapping mapping)
    : IQueryHandler<ListIntakes, Page<IntakeSummaryDto>>
{
    public async Task<Page<IntakeSummaryDto>> Handle(ListIntakes query, CancellationToken cancellationToken)
    {
        var isSocialServices = CaseAccess.SocialServicesRoles.Any(user.IsInRole);
        var mine = new IntakesOfDistricts(isSocialServices ? user.DistrictCodes.ToList() : [], query);
        var (items, total) = await db.Intakes.WithSpecification(mine)
            .ProjectToType<IntakeSummaryDto>(mapping.Config)
            .ToListWithTotalAsync(db.Intakes.WithCriteriaOf(mine), query, cancellationToken);
        items.ForEach(item => db.AddAuditEntry(new AuditRecord("case", item.Id, "listed")));
        return new Page<IntakeSummaryDto>(items, query.Page, query.PageSize, total);
    }
}
