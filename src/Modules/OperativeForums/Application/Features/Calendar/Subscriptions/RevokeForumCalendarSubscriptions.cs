using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Application.Features.Forums;

namespace Samverkan.OperativeForums.Application.Features.Calendar.Subscriptions;

internal sealed record RevokeForumCalendarSubscriptions(Guid ForumId) : ICommand<Unit>;

/// <summary>Stops every feed address the caller was given for the forum, e.g. after a lost telephone.</summary>
internal sealed class RevokeForumCalendarSubscriptionsHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RevokeForumCalendarSubscriptions, Unit>
{
    public async Task<Unit> Handle(RevokeForumCalendarSubscriptions command, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(command.ForumId, user, manage: false, cancellationToken);
        var subscriptions = await db.CalendarSubscriptions
            .Where(s => s.ForumId == forum.Id && s.UserId == user.UserId && s.RevokedAt == null)
            .ToListAsync(cancellationToken);
        subscriptions.ForEach(s => s.Revoke(time.GetUtcNow()));
        return Unit.Value;
    }
}
