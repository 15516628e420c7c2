using System.Linq.Expressions;
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

/// <summary>
/// One part of an inbox, in the list's order, cut at the end of the page asked for. The inbox is the union of
/// two such parts (addressed to the user; to their organisation or role): each is read off its own index in
/// order, where one condition with OR made PostgreSQL fetch and sort every notification of the organisation
/// (40 ms for 17,000 of them; docs/benchmarks.md). The page of the union lies within the two parts' first
/// page * size rows.
/// </summary>
internal sealed class InboxPart : Specification<Notification>
{
    public InboxPart(Expression<Func<Notification, bool>> part, ListMyNotifications query)
    {
        Query.Where(part)
            .Where(n => n.ReadAt == null, query.UnreadOnly)
            .Take(query.Page * query.PageSize)
            .AsNoTracking();
        NotificationSorts.Orders.Apply(Query, query.Sort);
    }
}

/// <summary>The page of the two parts together, in the list's order.</summary>
internal sealed class InboxPage : Specification<Notification>
{
    public InboxPage(ListMyNotifications query)
    {
        Query.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        NotificationSorts.Orders.Apply(Query, query.Sort);
    }
}

internal sealed class ListMyNotificationsHandler(INotificationsDbContext db, ICurrentUser user, NotificationsMapping mapping)
    : IQueryHandler<ListMyNotifications, Page<NotificationDto>>
{
    public async Task<Page<NotificationDto>> Handle(ListMyNotifications query, CancellationToken cancellationToken)
    {
        var personal = new InboxPart(NotificationVisibility.Personal(user), query);
        var shared = new InboxPart(NotificationVisibility.Shared(user), query);
        // The parts never overlap (a notification names a person or none), so the total is the count of the two
        // together, each counted off its own index.
        var (items, total) = await db.Notifications.WithSpecification(personal)
            .Concat(db.Notifications.WithSpecification(shared))
            .WithSpecification(new InboxPage(query))
            .ProjectToType<NotificationDto>(mapping.Config)
            .ToListWithTotalAsync(
                db.Notifications.WithCriteriaOf(personal).Select(n => n.Id).Concat(db.Notifications.WithCriteriaOf(shared).Select(n => n.Id)),
                query, cancellationToken);
        return new Page<NotificationDto>(items, query.Page, query.PageSize, total);
    }
}
