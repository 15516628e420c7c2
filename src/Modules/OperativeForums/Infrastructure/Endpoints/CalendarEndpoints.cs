using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Application;
using Samverkan.OperativeForums.Application.Features.Calendar.Subscriptions;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.OperativeForums.Application.Features.Calendar;

namespace Samverkan.OperativeForums.Infrastructure.Endpoints;

/// <summary>
/// Meetings as iCalendar (RFC 5545): one invitation per meeting, and a feed per forum, either with the caller's
/// token or, for calendar programs that cannot send one, at a secret address the caller subscribes to.
/// </summary>
internal static class CalendarEndpoints
{
    private const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The secret address to give a calendar program, shown once; it works until expiresOn unless revoked.</summary>
    public sealed record CalendarSubscriptionResponse(Guid Id, string FeedUrl, DateOnly ExpiresOn);

    public static void MapCalendarEndpoints(this RouteGroupBuilder module)
    {
        var forum = module.MapGroup("/forums/{forumId:guid}").WithTags("Calendar");
        forum.MapGet("/meetings/{meetingId:guid}/invitation.ics", async (Guid forumId, Guid meetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var text = await mediator.Send(new GetMeetingCalendar(forumId, meetingId), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"mote-{meetingId:N}.ics\"";
                return Results.Text(text, ContentType);
            })
            .WithSummary("The meeting as an iCalendar invitation to import into a calendar.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetMeetingInvitation");
        forum.MapGet("/calendar.ics", async (Guid forumId, IMediator mediator, CancellationToken ct) =>
                Results.Text(await mediator.Send(new GetMeetingCalendar(forumId, null), ct), ContentType))
            .WithSummary("The forum's meetings of the last twelve months and ahead as an iCalendar feed.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetForumCalendar");

        forum.MapPost("/calendar-subscriptions", async Task<Created<CalendarSubscriptionResponse>> (Guid forumId, IMediator mediator, IOptions<PublicAddress> publicAddress, CancellationToken ct) =>
            {
                var subscription = await mediator.Send(new SubscribeToForumCalendar(forumId), ct);
                var feedUrl = publicAddress.Value.Link($"/api/v1/operative-forums/calendar-feeds/{subscription.Token}/calendar.ics");
                return TypedResults.Created($"/api/v1/operative-forums/forums/{forumId}/calendar.ics", new CalendarSubscriptionResponse(subscription.Id, feedUrl, subscription.ExpiresOn));
            })
            .WithSummary("A secret feed address for a calendar program (Outlook, a telephone), for a forum the caller's organisation convenes or takes part in; shown once, valid twelve months.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("SubscribeToForumCalendar");
        forum.MapDelete("/calendar-subscriptions/mine", async Task<NoContent> (Guid forumId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeForumCalendarSubscriptions(forumId), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Stops every feed address the caller was given for the forum.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RevokeForumCalendarSubscriptions");

        // Anonymous by design: the secret in the address is the credential. Request paths are not logged
        // (Microsoft.AspNetCore logs at Warning), so the secret does not end up in the logs either.
        module.MapGet("/calendar-feeds/{token}/calendar.ics", async ([MaxLength(InputBounds.Name)] string token, IMediator mediator, CancellationToken ct) =>
                Results.Text(await mediator.Send(new GetSubscribedForumCalendar(token), ct), ContentType))
            .AllowAnonymous()
            .WithTags("Calendar")
            .WithSummary("A forum's feed at the secret address of a calendar subscription; no sign-in. Unknown, revoked or expired: 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSubscribedForumCalendar");
    }
}
