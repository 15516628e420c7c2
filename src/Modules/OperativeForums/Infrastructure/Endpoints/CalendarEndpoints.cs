using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.OperativeForums.Application.Features.Calendar;

namespace Samverkan.OperativeForums.Infrastructure.Endpoints;

/// <summary>Meetings as iCalendar (RFC 5545): one invitation per meeting, and a feed per forum.</summary>
internal static class CalendarEndpoints
{
    private const string ContentType = "text/calendar; charset=utf-8";

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
            .ProducesProblem(StatusCodes.Status404NotFound);
        forum.MapGet("/calendar.ics", async (Guid forumId, IMediator mediator, CancellationToken ct) =>
                Results.Text(await mediator.Send(new GetMeetingCalendar(forumId, null), ct), ContentType))
            .WithSummary("The forum's meetings of the last twelve months and ahead as an iCalendar feed.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
