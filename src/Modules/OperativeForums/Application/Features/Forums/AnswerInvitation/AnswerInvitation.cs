using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.OperativeForums.Application.Features.Forums.AnswerInvitation;

/// <summary>Records the invited organisation's answer; accepting makes it a member from that day.</summary>
internal sealed record AnswerInvitation(Guid ForumId, Guid InvitationId, bool Accepted, DateOnly? AnsweredOn = null) : ICommand<Guid>;

internal sealed class AnswerInvitationHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<AnswerInvitation, Guid>
{
    public async Task<Guid> Handle(AnswerInvitation command, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(command.ForumId, user, manage: true, cancellationToken);
        if (forum.Invitations.All(i => i.Id != command.InvitationId))
        {
            throw new NotFoundException($"No invitation {command.InvitationId} in forum {command.ForumId}.");
        }

        forum.AnswerInvitation(command.InvitationId, command.Accepted, command.AnsweredOn ?? StockholmCalendar.Today(time));
        return command.InvitationId;
    }
}
