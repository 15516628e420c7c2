using Ardalis.Specification;
using FluentValidation;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.Notifications.Application.Mapping;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Inbox;

public sealed record NotificationDto(
    Guid Id, string Kind, string Title, string Body, string? Link, Guid? DeadlineId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The signed-in user's inbox, newest first; optionally only what they have not read.</summary>
internal sealed record ListMyNotifications(bool UnreadOnly, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Page<NotificationDto>>, IPagedQuery;

internal sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator() => this.ValidatePaging();
}

internal sealed class InboxOf : Specification<Notification>
{
    public InboxOf(ICurrentUser user, ListMyNotifications query)
    {
        Query.Where(NotificationVisibility.VisibleTo(user))
            .Where(n => n.ReadAt == null, query.UnreadOnly)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .AsNoTracking();
    }
}

internal sealed class ListMyNotificationsHandler(INotificationsDbContext db, ICurrentUser user, NotificationsMapping mapping)
    : IQueryHandler<ListMyNotifications, Page<NotificationDto>>
{
    public async Task<Page<NotificationDto>> Handle(ListMyNotifications query, CancellationToken cancellationToken)
    {
        var inbox = new InboxOf(user, query);
        var total = await db.Notifications.WithCriteriaOf(inbox).CountAsync(cancellationToken);
        var items = await db.Notifications.WithSpecification(inbox)
            .ProjectToType<NotificationDto>(mapping.Config)
            .ToListAsync(cancellationToken);
        return new Page<NotificationDto>(items, query.Page, query.PageSize, total);
    }
}
