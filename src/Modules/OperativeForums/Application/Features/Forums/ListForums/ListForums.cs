using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.BuildingBlocks.Domain.Specifications;
using Samverkan.OperativeForums.Domain.Forums;


namespace Samverkan.OperativeForums.Application.Features.Forums.ListForums;

public sealed record ForumSummaryDto(Guid Id, string DistrictCode, string Name, string Kind, Guid ConveningOrganisationId, int ExpectedMeetingsPerTerm, int ActiveMembers);

internal sealed record ListForums(string? DistrictCode, string? Kind, string? Search, int PageNumber = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Page<ForumSummaryDto>>, IPagedQuery;

internal sealed class ForumsMatching : Specification<Forum>
{
    public ForumsMatching(ListForums query, IReadOnlySet<string>? visibleDistricts)
    {
        if (visibleDistricts is not null)
        {
            Where(f => visibleDistricts.Contains(f.DistrictCode));
        }

        if (query.DistrictCode is not null)
        {
            Where(f => f.DistrictCode == query.DistrictCode);
        }

        if (query.Kind is not null)
        {
            Where(f => f.Kind == query.Kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLowerInvariant();
            Where(f => f.Name.ToLower().Contains(search));
        }

        OrderBy(f => f.DistrictCode);
        OrderBy(f => f.Name);
        OrderBy(f => f.Id);
    }

    public ForumsMatching(ListForums query, IReadOnlySet<string>? visibleDistricts, bool paged)
        : this(query, visibleDistricts)
    {
        if (paged)
        {
            Page(query.PageNumber, query.PageSize);
        }
    }
}

internal sealed class ListForumsHandler(IOperativeForumsDbContext db, ICurrentUser user) : IQueryHandler<ListForums, Page<ForumSummaryDto>>
{
    public async Task<Page<ForumSummaryDto>> Handle(ListForums query, CancellationToken cancellationToken)
    {
        if (query.DistrictCode is not null && !await db.Districts.AnyAsync(d => d.Code == query.DistrictCode, cancellationToken))
        {
            throw new NotFoundException($"Unknown district '{query.DistrictCode}'.");
        }

        // District front ends see only their own districts' forums; administrators see all.
        var visible = ForumAccess.SeesAllDistricts(user) ? null : user.DistrictCodes;
        var forums = db.Forums.AsNoTracking();
        var total = await forums.WithSpecification(new ForumsMatching(query, visible)).CountAsync(cancellationToken);
        var items = await forums.WithSpecification(new ForumsMatching(query, visible, paged: true))
            .Select(f => new ForumSummaryDto(
                f.Id, f.DistrictCode, f.Name, f.Kind, f.ConveningOrganisationId, f.ExpectedMeetingsPerTerm, f.Memberships.Count(m => m.LeftOn == null)))
            .ToListAsync(cancellationToken);
        return new Page<ForumSummaryDto>(items, query.PageNumber, query.PageSize, total);
    }
}
