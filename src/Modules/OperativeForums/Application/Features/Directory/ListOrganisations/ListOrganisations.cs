using Ardalis.Specification;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.OperativeForums.Application.Mapping;
using Samverkan.OperativeForums.Domain.Directory;


namespace Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;

public sealed record OrganisationDto(Guid Id, string Name, string Kind, string Organiser, bool IsIndependent, IReadOnlyList<string> DistrictCodes);

internal sealed record ListOrganisations(string? DistrictCode, string? Kind, int Page = 1, int PageSize = Paging.DefaultPageSize, string? Sort = null)
    : IQuery<Page<OrganisationDto>>, IPagedQuery;

/// <summary>How a list of organisations can be ordered (by name by default).</summary>
internal static class OrganisationSorts
{
    public static readonly SortOrders<Organisation> Orders = new("name", o => o.Id, ("name", [o => o.Name]), ("kind", [o => o.Kind, o => o.Name]));

    public static IReadOnlyList<string> All => Orders.Values;
}

internal sealed class OrganisationsMatching : Specification<Organisation>
{
    public OrganisationsMatching(ListOrganisations query)
    {
        Query.Where(o => o.Districts.Any(d => d.DistrictCode == query.DistrictCode), query.DistrictCode is not null)
            .Where(o => o.Kind == query.Kind, query.Kind is not null)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .AsNoTracking();
        OrganisationSorts.Orders.Apply(Query, query.Sort);
    }
}

internal sealed class ListOrganisationsHandler(IOperativeForumsDbContext db, OperativeForumsMapping mapping)
    : IQueryHandler<ListOrganisations, Page<OrganisationDto>>
{
    public async Task<Page<OrganisationDto>> Handle(ListOrganisations query, CancellationToken cancellationToken)
    {
        var matching = new OrganisationsMatching(query);
        var (items, total) = await db.Organisations.WithSpecification(matching)
            .ProjectToType<OrganisationDto>(mapping.Config)
            .ToListWithTotalAsync(db.Organisations.WithCriteriaOf(matching), query, cancellationToken);
        return new Page<OrganisationDto>(items, query.Page, query.PageSize, total);
    }
}
