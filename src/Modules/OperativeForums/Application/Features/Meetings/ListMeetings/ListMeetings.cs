using Ardalis.Specification;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Application.Mapping;
using Samverkan.OperativeForums.Domain.Forums;


namespace Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;

public sealed record MeetingSummaryDto(Guid Id, Guid ForumId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Place, string Status, string Term);

/// <summary>A forum's meetings between two dates (either may be left open), newest first, paged.</summary>
internal sealed record ListMeetings(Guid ForumId, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = Paging.DefaultPageSize, string? Sort = null)
    : IQuery<Page<MeetingSummaryDto>>, IPagedQuery;

/// <summary>How a forum's meetings can be ordered (newest first by default).</summary>
internal static class MeetingSorts
{
    public static readonly SortOrders<Meeting> Orders = new("-date", m => m.Id, ("date", [m => m.Date, m => m.StartsAt]));

    public static IReadOnlyList<string> All => Orders.Values;
}

internal sealed class MeetingsOfForum : Specification<Meeting>
{
    public MeetingsOfForum(ListMeetings query)
    {
        Query.Where(m => m.ForumId == query.ForumId)
            .Where(m => m.Date >= query.From, query.From is not null)
            .Where(m => m.Date <= query.To, query.To is not null)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .AsNoTracking();
        MeetingSorts.Orders.Apply(Query, query.Sort);
    }
}

internal sealed class ListMeetingsHandler(IOperativeForumsDbContext db, ICurrentUser user, OperativeForumsMapping mapping)
    : IQueryHandler<ListMeetings, Page<MeetingSummaryDto>>
{
    public async Task<Page<MeetingSummaryDto>> Handle(ListMeetings query, CancellationToken cancellationToken)
    {
        await db.LoadAsync(query.ForumId, user, manage: false, cancellationToken);
        var matching = new MeetingsOfForum(query);
        // Loaded first and mapped in memory: status and term are written as their enum names.
        var (page, total) = await db.Meetings.WithSpecification(matching).ToListWithTotalAsync(db.Meetings.WithCriteriaOf(matching), query, cancellationToken);
        var items = page.ConvertAll(m => m.Adapt<MeetingSummaryDto>(mapping.Config));
        return new Page<MeetingSummaryDto>(items, query.Page, query.PageSize, total);
    }
}
