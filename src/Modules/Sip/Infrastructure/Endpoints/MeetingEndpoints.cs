using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Meetings;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Domain.Meetings;
using Samverkan.Sip.Infrastructure.Persistence;

namespace Samverkan.Sip.Infrastructure.Endpoints;

/// <summary>SIP meetings: summons and invitations naming their questions, answers, and the invitation as iCalendar.</summary>
internal static class MeetingEndpoints
{
    private const string CalendarType = "text/calendar; charset=utf-8";

    public sealed record CallRequest(Guid OrganisationId, [MaxLength(InputBounds.Text)] string Question);

    public sealed record MeetingRequest(
        [LegalDate] DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, [property: ValuesOf(typeof(MeetingForms))][MaxLength(InputBounds.Code)] string Form,
        [MaxLength(InputBounds.Line)] string? Place, [MaxLength(InputBounds.ShortText)] string? JoinInformation, [MaxLength(InputBounds.Text)] string Question,
        [MaxLength(SipBounds.Organisations)] IReadOnlyList<CallRequest> Calls);

    public sealed record AnswerRequest(bool Attending, [MaxLength(InputBounds.Text)] string? Answer);

    public static void MapMeetingEndpoints(this RouteGroupBuilder module)
    {
        var meeting = VersionedResource.Aggregate<SipDbContext, SipMeeting>("meetingId");
        var meetings = module.MapGroup("/plans/{planId:guid}/meetings").WithTags("SIP");
        meetings.MapPost("/", async (Guid planId, MeetingRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new CallMeeting(
                    planId, r.Date, r.StartsAt, r.EndsAt, r.Form ?? string.Empty, r.Place, r.JoinInformation, r.Question ?? string.Empty,
                    [.. (r.Calls ?? []).OfType<CallRequest>().Select(c => new CallInput(c.OrganisationId, c.Question ?? string.Empty))]), ct);
                return TypedResults.Created($"/api/v1/sip/plans/{planId}/meetings/{id}/invitation.ics", id);
            })
            .Idempotent()
            .WithSummary("The convener calls a meeting, in person or digital: a summons to each organiser and an invitation to each other organisation called, each naming the question it is asked to answer.")
            .WithName("CallSipMeeting")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new MeetingRequest(
                new DateOnly(2026, 3, 16), new TimeOnly(9, 0), new TimeOnly(10, 30), MeetingForms.Digital, null, "https://mote.example.se/sip-4711",
                "Hur får Alva stöd att gå till skolan varje dag?",
                [new CallRequest(Guid.Parse("a0000000-0000-4000-8000-000000000020"), "Vilket stöd kan BUP ge kring Alvas oro?"),
                 new CallRequest(Guid.Parse("a0000000-0000-4000-8000-000000000010"), "Vilka anpassningar gör skolan, och hur ser närvaron ut?")]));
        meetings.MapGet("/", async (Guid planId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListMeetings(planId), ct)))
            .WithSummary("The plan's meetings: when and how for every organisation taking part; questions and answers for the convener, each organisation's own, and others as consent shares them.")
            .WithName("ListSipMeetings")
            .RequiresRoles(PlanAccess.SipRoles);
        meetings.MapPost("/{meetingId:guid}/answer", async (Guid planId, Guid meetingId, AnswerRequest r, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new AnswerCall(planId, meetingId, r.Attending, r.Answer), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("An organisation called answers: whether it comes, and its answer to the question it was asked.")
            .WithETag(meeting)
            .WithName("AnswerSipMeeting")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new AnswerRequest(true, "Skolan har anpassat schemat; närvaron är 60 %"));
        meetings.MapGet("/{meetingId:guid}/invitation.ics", async (Guid planId, Guid meetingId, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var text = await mediator.Send(new GetMeetingInvitation(planId, meetingId), ct);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"sip-mote-{meetingId:N}.ics\"";
                return Results.Text(text, CalendarType);
            })
            .WithSummary("The meeting as an iCalendar invitation for the convener and the organisations called; it never names the child.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetSipMeetingInvitation")
            .RequiresRoles(PlanAccess.SipRoles);
    }
}
