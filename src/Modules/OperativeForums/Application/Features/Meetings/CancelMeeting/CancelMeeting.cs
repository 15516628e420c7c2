using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Application.Features.Forums;

namespace Samverkan.OperativeForums.Application.Features.Meetings.CancelMeeting;

/// <summary>Cancels a planned meeting; it stays on record (and counts against the cadence) as cancelled.</summary>
internal sealed record CancelMeeting(Guid ForumId, Guid MeetingId) : ICommand<Guid>;

internal sealed class CancelMeetingHandler(IOperativeForumsDbContext db, ICurrentUser user) : ICommandHandler<CancelMeeting, Guid>
{
    public async Task<Guid> Handle(CancelMeeting command, CancellationToken cancellationToken)
    {
        var (_, meeting) = await db.LoadMeetingAsync(command.ForumId, command.MeetingId, user, manage: true, cancellationToken);
        meeting.Cancel();
        return meeting.Id;
    }
}
