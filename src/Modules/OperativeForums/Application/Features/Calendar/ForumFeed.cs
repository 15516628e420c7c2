using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Calendar;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Calendar;

/// <summary>A forum's meetings as iCalendar text, for the API and for calendar subscriptions alike.</summary>
internal static class ForumFeed
{
    // A feed carries the last year and everything ahead; older meetings are in the API.
    private const int MonthsBack = 12;

    public static async Task<string> WriteAsync(IOperativeForumsDbContext db, Forum forum, TimeProvider time, CancellationToken cancellationToken)
    {
        var from = StockholmCalendar.Today(time).AddMonths(-MonthsBack);
        // Without the minutes: a feed shows no minutes, so it reads none (they may name a child).
        var meetings = await db.Meetings.AsNoTracking().IgnoreAutoIncludes().Where(m => m.ForumId == forum.Id && m.Date >= from).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        return Write(forum, meetings, time);
    }

    public static string Write(Forum forum, IEnumerable<Meeting> meetings, TimeProvider time)
    {
        var events = meetings.Select(m => new CalendarEvent(
            m.Id, StockholmCalendar.ToInstant(m.Date, m.StartsAt), StockholmCalendar.ToInstant(m.Date, m.EndsAt), forum.Name, m.Place,
            string.IsNullOrEmpty(m.Agenda) ? string.Empty : "Dagordning:\n" + m.Agenda, m.Sequence, m.Status == MeetingStatus.Cancelled));
        return ICalendarText.Write("Operativa samverkansforum", forum.Name, events, time.GetUtcNow());
    }
}
