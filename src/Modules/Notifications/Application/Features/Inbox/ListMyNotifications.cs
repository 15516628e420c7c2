using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Inbox;

public sealed record NotificationDto(
    Guid Id, string Kind, string Title, string Body, string? Link, Guid? DeadlineId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The signed-in user's inbox, newest first; optionally only what they have not read.</summary>
internal sealed record ListMyNotifications(bool UnreadOnly, int PageNumber = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Page<NotificationDto>>, IPagedQuery;

internal sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator() => this.ValidatePaging();
}

internal sealed class ListMyNotificationsHandler(INotificationsDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyNotifications, Page<NotificationDto>>
{
    private static readonly Expression<Func<Notification, NotificationDto>> ToDto = n =>
        new NotificationDto(n.Id, n.Kind, n.Title, n.Body, n.Link, n.DeadlineId, n.CreatedAt, n.ReadAt);

    public async Task<Page<NotificationDto>> Handle(ListMyNotifications query, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(NotificationVisibility.VisibleTo(user));
        if (query.UnreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .PageOf(query)
            .Select(ToDto)
            .ToListAsync(cancellationToken);
        return new Page<NotificationDto>(items, query.PageNumber, query.PageSize, total);
    }
}
