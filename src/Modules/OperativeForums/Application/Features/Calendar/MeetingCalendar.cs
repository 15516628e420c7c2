using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Application.Features.Forums;

namespace Samverkan.OperativeForums.Application.Features.Calendar;

/// <summary>One meeting as an iCalendar invitation (MeetingId set), or the forum's feed of all its meetings.</summary>
internal sealed record GetMeetingCalendar(Guid ForumId, Guid? MeetingId) : IQuery<string>;

internal sealed class GetMeetingCalendarHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetMeetingCalendar, string>
{
    public async Task<string> Handle(GetMeetingCalendar query, CancellationToken cancellationToken)
    {
        if (query.MeetingId is not { } meetingId)
        {
            var forum = await db.LoadAsync(query.ForumId, user, manage: false, cancellationToken);
            return await ForumFeed.WriteAsync(db, forum, time, cancellationToken);
        }

        var (meetingForum, meeting) = await db.LoadMeetingAsync(query.ForumId, meetingId, user, manage: false, cancellationToken);
        return ForumFeed.Write(meetingForum, [meeting], time);
    }
}
