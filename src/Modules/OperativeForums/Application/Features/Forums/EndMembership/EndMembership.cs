using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.OperativeForums.Application.Features.Forums.EndMembership;

/// <summary>A member leaves on a date (today by default); the membership stays in the history.</summary>
internal sealed record EndMembership(Guid ForumId, Guid MembershipId, DateOnly? LeftOn = null) : ICommand<Guid>;

internal sealed class EndMembershipHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<EndMembership, Guid>
{
    public async Task<Guid> Handle(EndMembership command, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(command.ForumId, user, manage: true, cancellationToken);
        if (forum.Memberships.All(m => m.Id != command.MembershipId))
        {
            throw new NotFoundException($"No membership {command.MembershipId} in forum {command.ForumId}.");
        }

        return forum.EndMembership(command.MembershipId, command.LeftOn ?? StockholmCalendar.Today(time)).Id;
    }
}
