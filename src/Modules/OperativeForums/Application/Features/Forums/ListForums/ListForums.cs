using Ardalis.Specification;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.OperativeForums.Application.Mapping;
using Samverkan.OperativeForums.Domain.Forums;


namespace Samverkan.OperativeForums.Application.Features.Forums.ListForums;

public sealed record ForumSummaryDto(Guid Id, string DistrictCode, string Name, string Kind, Guid ConveningOrganisationId, int ExpectedMeetingsPerTerm, int ActiveMembers);

internal sealed record ListForums(string? DistrictCode, string? Kind, string? Search, int Page = 1, int PageSize = Paging.DefaultPageSize, string? Sort = null)
    : IQuery<Page<ForumSummaryDto>>, IPagedQuery;

/// <summary>How a list of forums can be ordered (by district, then name, by default).</summary>
internal static class ForumSorts
{
    public static readonly SortOrders<Forum> Orders = new("districtCode", f => f.Id, ("districtCode", [f => f.DistrictCode, f => f.Name]), ("name", [f => f.Name]));

    public static IReadOnlyList<string> All => Orders.Values;
}

internal sealed class ForumsMatching : Specification<Forum>
{
    public ForumsMatching(ListForums query, IReadOnlySet<string>? visibleDistricts)
    {
        Query.Where(f => visibleDistricts!.Contains(f.DistrictCode), visibleDistricts is not null)
            .Where(f => f.DistrictCode == query.DistrictCode, query.DistrictCode is not null)
            .Where(f => f.Kind == query.Kind, query.Kind is not null)
            .Search(f => f.Name, SearchPattern.Containing(query.Search ?? string.Empty), !string.IsNullOrWhiteSpace(query.Search))
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .AsNoTracking();
        ForumSorts.Orders.Apply(Query, query.Sort);
    }
}

internal sealed class ListForumsHandler(IOperativeForumsDbContext db, ICurrentUser user, OperativeForumsMapping mapping)
    : IQueryHandler<ListForums, Page<ForumSummaryDto>>
{
    public async Task<Page<ForumSummaryDto>> Handle(ListForums query, CancellationToken cancellationToken)
    {
        if (query.DistrictCode is not null && !await db.Districts.AnyAsync(d => d.Code == query.DistrictCode, cancellationToken))
        {
            throw new NotFoundException($"Unknown district '{query.DistrictCode}'.");
        }

        // District front ends see only their own districts' forums; administrators see all.
        var matching = new ForumsMatching(query, ForumAccess.SeesAllDistricts(user) ? null : user.DistrictCodes);
        var (items, total) = await db.Forums.WithSpecification(matching)
            .ProjectToType<ForumSummaryDto>(mapping.Config)
            .ToListWithTotalAsync(db.Forums.WithCriteriaOf(matching), query, cancellationToken);
        return new Page<ForumSummaryDto>(items, query.Page, query.PageSize, total);
    }
}
