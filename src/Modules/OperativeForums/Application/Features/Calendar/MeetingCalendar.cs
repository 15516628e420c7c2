using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Calendar;

/// <summary>One meeting as an iCalendar invitation (MeetingId set), or the forum's feed of all its meetings.</summary>
internal sealed record GetMeetingCalendar(Guid ForumId, Guid? MeetingId) : IQuery<string>;

internal sealed class GetMeetingCalendarHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetMeetingCalendar, string>
{
    // A feed carries the last year and everything ahead; older meetings are in the API.
    private const int FeedMonthsBack = 12;

    public async Task<string> Handle(GetMeetingCalendar query, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(query.ForumId, user, manage: false, cancellationToken);
        List<Meeting> meetings;
        if (query.MeetingId is { } meetingId)
        {
            meetings = [(await db.LoadMeetingAsync(query.ForumId, meetingId, user, manage: false, cancellationToken)).Meeting];
        }
        else
        {
            var from = StockholmCalendar.Today(time).AddMonths(-FeedMonthsBack);
            meetings = await db.Meetings.AsNoTracking().Where(m => m.ForumId == forum.Id && m.Date >= from).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        }

        var events = meetings.Select(m => new CalendarEvent(
            m.Id, StockholmCalendar.ToInstant(m.Date, m.StartsAt), StockholmCalendar.ToInstant(m.Date, m.EndsAt), forum.Name, m.Place,
            string.IsNullOrEmpty(m.Agenda) ? string.Empty : "Dagordning:\n" + m.Agenda, m.Sequence, m.Status == MeetingStatus.Cancelled));
        return ICalendarText.Write(forum.Name, events, time.GetUtcNow());
    }
}
