using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Calendar.Subscriptions;

/// <summary>The new subscription; the token is shown this once and cannot be read back.</summary>
public sealed record NewCalendarSubscription(Guid Id, string Token, DateOnly ExpiresOn);

internal sealed record SubscribeToForumCalendar(Guid ForumId) : ICommand<NewCalendarSubscription>;

/// <summary>
/// Gives the caller a feed address for a forum their organisation takes part in, to add to a calendar
/// program. Each call makes a new address (one per device, revoked together).
/// </summary>
internal sealed class SubscribeToForumCalendarHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SubscribeToForumCalendar, NewCalendarSubscription>
{
    public async Task<NewCalendarSubscription> Handle(SubscribeToForumCalendar command, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(command.ForumId, user, manage: false, cancellationToken);
        if (!forum.TakesPart(user.OrganisationId))
        {
            throw new BusinessRuleViolationException(
                "Calendar subscription", "Only an organisation that convenes or takes part in the forum can subscribe to its meetings.");
        }

        var today = StockholmCalendar.Today(time);
        var valid = await db.CalendarSubscriptions
            .CountAsync(s => s.ForumId == forum.Id && s.UserId == user.UserId && s.RevokedAt == null && s.ExpiresOn >= today, cancellationToken);
        if (valid >= CalendarSubscription.MaxValidPerPersonAndForum)
        {
            throw new BusinessRuleViolationException(
                "Calendar subscription",
                $"You already have {valid} calendar addresses for this forum, one per device at most {CalendarSubscription.MaxValidPerPersonAndForum}; revoke them and subscribe again.");
        }

        var (token, hash) = CalendarFeedToken.New();
        var subscription = new CalendarSubscription(forum.Id, user.UserId, user.OrganisationId, hash, time.GetUtcNow(), today);
        db.CalendarSubscriptions.Add(subscription);
        return new NewCalendarSubscription(subscription.Id, token, subscription.ExpiresOn);
    }
}
