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
internal sealed record ListMyNotifications(bool UnreadOnly, int Page = 1, int PageSize = Paging.DefaultPageSize, string? Sort = null)
    : IQuery<Page<NotificationDto>>, IPagedQuery;

/// <summary>How an inbox can be ordered (newest first by default).</summary>
internal static class NotificationSorts
{
    public static readonly SortOrders<Notification> Orders = new("-createdAt", n => n.Id, ("createdAt", [n => n.CreatedAt]));

    public static IReadOnlyList<string> All => Orders.Values;
}

internal sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotifications>
{
    public ListMyNotificationsValidator()
    {
        this.ValidatePaging();
        this.ValidateSort(q => q.Sort, NotificationSorts.Orders);
    }
}

internal sealed class InboxOf : Specification<Notification>
{
    public InboxOf(ICurrentUser user, ListMyNotifications query)
    {
        Query.Where(NotificationVisibility.VisibleTo(user))
            .Where(n => n.ReadAt == null, query.UnreadOnly)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .AsNoTracking();
        NotificationSorts.Orders.Apply(Query, query.Sort);
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
