using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.BuildingBlocks.Domain.Specifications;
using Samverkan.OperativeForums.Domain.Directory;


namespace Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;

public sealed record OrganisationDto(Guid Id, string Name, string Kind, string Organiser, bool IsIndependent, IReadOnlyList<string> DistrictCodes);

internal sealed record ListOrganisations(string? DistrictCode, string? Kind, int PageNumber = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Page<OrganisationDto>>, IPagedQuery;

internal sealed class OrganisationsMatching : Specification<Organisation>
{
    public OrganisationsMatching(string? districtCode, string? kind)
    {
        if (districtCode is not null)
        {
            Where(o => o.Districts.Any(d => d.DistrictCode == districtCode));
        }

        if (kind is not null)
        {
            Where(o => o.Kind == kind);
        }

        OrderBy(o => o.Name);
        OrderBy(o => o.Id);
    }

    public OrganisationsMatching(string? districtCode, string? kind, int pageNumber, int pageSize)
        : this(districtCode, kind) => Page(pageNumber, pageSize);
}

internal sealed class ListOrganisationsHandler(IOperativeForumsDbContext db)
    : IQueryHandler<ListOrganisations, Page<OrganisationDto>>
{
    private static readonly Expression<Func<Organisation, OrganisationDto>> ToDto = o =>
        new OrganisationDto(o.Id, o.Name, o.Kind, o.Organiser, o.IsIndependent, o.Districts.Select(d => d.DistrictCode).ToList());

    public async Task<Page<OrganisationDto>> Handle(ListOrganisations query, CancellationToken cancellationToken)
    {
        var all = db.Organisations.AsNoTracking();
        var total = await all.WithSpecification(new OrganisationsMatching(query.DistrictCode, query.Kind)).CountAsync(cancellationToken);
        var items = await all.WithSpecification(new OrganisationsMatching(query.DistrictCode, query.Kind, query.PageNumber, query.PageSize))
            .Select(ToDto)
            .ToListAsync(cancellationToken);
        return new Page<OrganisationDto>(items, query.PageNumber, query.PageSize, total);
    }
}
