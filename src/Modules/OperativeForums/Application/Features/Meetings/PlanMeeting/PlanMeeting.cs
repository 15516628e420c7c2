using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Meetings.PlanMeeting;

/// <summary>Plans a meeting on a Stockholm date and wall-clock times.</summary>
internal sealed record PlanMeeting(Guid ForumId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Place, string Agenda) : ICommand<Guid>;

internal sealed class PlanMeetingHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<PlanMeeting, Guid>
{
    public async Task<Guid> Handle(PlanMeeting command, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(command.ForumId, user, manage: true, cancellationToken);
        var meeting = Meeting.Plan(forum.Id, command.Date, command.StartsAt, command.EndsAt, command.Place.Trim(), command.Agenda.Trim(), StockholmCalendar.Today(time));
        db.Meetings.Add(meeting);
        return meeting.Id;
    }
}
