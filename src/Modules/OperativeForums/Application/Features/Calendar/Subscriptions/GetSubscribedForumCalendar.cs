using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.OperativeForums.Application.Features.Calendar.Subscriptions;

/// <summary>A forum's feed as a calendar program fetches it: by the secret in its address, without a sign-in.</summary>
internal sealed record GetSubscribedForumCalendar(string Token) : IQuery<string>;

internal sealed class GetSubscribedForumCalendarHandler(IOperativeForumsDbContext db, TimeProvider time) : IQueryHandler<GetSubscribedForumCalendar, string>
{
    // One answer for every refusal, so a guessed, revoked or expired address tells nothing apart.
    private const string NoFeed = "No such calendar feed; it may have expired or been revoked.";

    public async Task<string> Handle(GetSubscribedForumCalendar query, CancellationToken cancellationToken)
    {
        var hash = CalendarFeedToken.HashOf(query.Token) ?? throw new NotFoundException(NoFeed);
        var subscription = await db.CalendarSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (subscription is null || !subscription.IsValidOn(StockholmCalendar.Today(time)))
        {
            throw new NotFoundException(NoFeed);
        }

        // Checked on every fetch, not only when subscribing: an organisation that left the forum stops seeing it.
        var forum = await db.Forums.AsNoTracking().SingleAsync(f => f.Id == subscription.ForumId, cancellationToken);
        return forum.TakesPart(subscription.OrganisationId)
            ? await ForumFeed.WriteAsync(db, forum, time, cancellationToken)
            : throw new NotFoundException(NoFeed);
    }
}
