using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Notifications.Application.Features.Inbox;

/// <summary>Marks one notification in the user's own inbox read; another's is "not found", not "forbidden".</summary>
internal sealed record MarkNotificationRead(Guid NotificationId) : ICommand<Unit>;

internal sealed class MarkNotificationReadHandler(INotificationsDbContext db, ICurrentUser user, TimeProvider time)
    : ICommandHandler<MarkNotificationRead, Unit>
{
    public async Task<Unit> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.Where(NotificationVisibility.VisibleTo(user))
            .SingleOrDefaultAsync(n => n.Id == command.NotificationId, cancellationToken)
            ?? throw new NotFoundException($"There is no notification {command.NotificationId} in your inbox.");
        notification.MarkRead(time.GetUtcNow());
        return Unit.Value;
    }
}
