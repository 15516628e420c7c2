using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Application.Features.Forums;


namespace Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;

public sealed record MeetingSummaryDto(Guid Id, Guid ForumId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Place, string Status, string Term);

/// <summary>A forum's meetings between two dates (either may be left open), newest first, paged.</summary>
internal sealed record ListMeetings(Guid ForumId, DateOnly? From, DateOnly? To, int PageNumber = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Page<MeetingSummaryDto>>, IPagedQuery;

internal sealed class ListMeetingsHandler(IOperativeForumsDbContext db, ICurrentUser user) : IQueryHandler<ListMeetings, Page<MeetingSummaryDto>>
{
    public async Task<Page<MeetingSummaryDto>> Handle(ListMeetings query, CancellationToken cancellationToken)
    {
        await db.LoadAsync(query.ForumId, user, manage: false, cancellationToken);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.ForumId == query.ForumId);
        if (query.From is { } from)
        {
            meetings = meetings.Where(m => m.Date >= from);
        }

        if (query.To is { } to)
        {
            meetings = meetings.Where(m => m.Date <= to);
        }

        var total = await meetings.CountAsync(cancellationToken);
        var page = await meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.StartsAt).ThenBy(m => m.Id)
            .PageOf(query)
            .ToListAsync(cancellationToken);
        var items = page.Select(m => new MeetingSummaryDto(m.Id, m.ForumId, m.Date, m.StartsAt, m.EndsAt, m.Place, m.Status.ToString(), m.Term.ToString())).ToList();
        return new Page<MeetingSummaryDto>(items, query.PageNumber, query.PageSize, total);
    }
}
