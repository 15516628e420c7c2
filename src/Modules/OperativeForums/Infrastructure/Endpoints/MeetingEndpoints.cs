using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Application.Features.Meetings.AttendanceStatistics;
using Samverkan.OperativeForums.Application.Features.Meetings.CancelMeeting;
using Samverkan.OperativeForums.Application.Features.Meetings.GetMeeting;
using Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;
using Samverkan.OperativeForums.Application.Features.Meetings.PlanMeeting;
using Samverkan.OperativeForums.Application.Features.Meetings.RecordAttendance;
using Samverkan.OperativeForums.Application.Features.Meetings.RecordMinutes;
using Samverkan.OperativeForums.Domain.Forums;
using Samverkan.OperativeForums.Infrastructure.Persistence;

namespace Samverkan.OperativeForums.Infrastructure.Endpoints;

/// <summary>Meetings of a forum, their attendance and minutes, and attendance statistics.</summary>
internal static class MeetingEndpoints
{
    public sealed record PlanMeetingRequest([LegalDate] DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, [MaxLength(InputBounds.Line)] string Place, [MaxLength(InputBounds.Text)] string? Agenda);

    public sealed record AttendanceRequest([MaxLength(InputBounds.ListItems)] IReadOnlyList<AttendanceEntry> Entries);

    public sealed record MinutesRequest([MaxLength(InputBounds.ListItems)] IReadOnlyList<MinutesItemInput> Items);

    public static void MapMeetingEndpoints(this RouteGroupBuilder module)
    {
        var meeting = VersionedResource.Aggregate<OperativeForumsDbContext, Meeting>("meetingId");
        var meetings = module.MapGroup("/forums/{forumId:guid}/meetings").WithTags("Meetings");
        meetings.MapGet("/", async (Guid forumId, IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? from = null, [LegalDate] DateOnly? to = null, [ValuesOf(typeof(MeetingSorts))][MaxLength(InputBounds.Code)] string? sort = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListMeetings(forumId, from, to, page, pageSize, sort), ct)))
            .WithSummary("The forum's meetings between 'from' and 'to' (both optional, Stockholm dates), newest first; paged. 'to' before 'from': 400.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListMeetings");
        meetings.MapPost("/", async Task<Created<Guid>> (Guid forumId, PlanMeetingRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new PlanMeeting(forumId, request.Date, request.StartsAt, request.EndsAt, request.Place, request.Agenda ?? string.Empty), ct);
                return TypedResults.Created($"/api/v1/operative-forums/forums/{forumId}/meetings/{id}", id);
            })
            .Idempotent()
            .WithSummary("Plans a meeting (date and times in Europe/Stockholm). A date in the past: 422; an end before the start: 400.")
            .WithRequestExample(new PlanMeetingRequest(new DateOnly(2026, 4, 14), new TimeOnly(13, 0), new TimeOnly(15, 0), "Karlavägen 104, sal 3", "Lägesbild; anonyma ärenden"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("PlanMeeting")
            .RequiresRoles(ForumAccess.ManagerRoles);
        meetings.MapGet("/{meetingId:guid}", async (Guid forumId, Guid meetingId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMeeting(forumId, meetingId), ct)))
            .WithSummary("One meeting with its attendance and minutes.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag(meeting)
            .WithName("GetMeeting");
        meetings.MapPost("/{meetingId:guid}/cancel", async Task<NoContent> (Guid forumId, Guid meetingId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CancelMeeting(forumId, meetingId), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Cancels a planned meeting; it stays on record as cancelled.")
            .WithETag(meeting)
            .WithName("CancelMeeting")
            .RequiresRoles(ForumAccess.ManagerRoles);
        meetings.MapPut("/{meetingId:guid}/attendance", async Task<NoContent> (Guid forumId, Guid meetingId, AttendanceRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RecordAttendance(forumId, meetingId, request.Entries ?? []), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Records who was present (organisations, and named members); marks the meeting held. Before the meeting day: 422.")
            .WithRequestExample(new AttendanceRequest([new AttendanceEntry(Guid.Parse("a0000000-0000-4000-8000-000000000010"), null, true), new AttendanceEntry(Guid.Parse("a0000000-0000-4000-8000-000000000030"), null, false)]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(meeting)
            .WithName("RecordAttendance")
            .RequiresRoles(ForumAccess.ManagerRoles);
        meetings.MapPut("/{meetingId:guid}/minutes", async Task<NoContent> (Guid forumId, Guid meetingId, MinutesRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RecordMinutes(forumId, meetingId, request.Items ?? []), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Records the minutes of a held meeting. A child may be named only with a consent reference, otherwise 422.")
            .WithRequestExample(new MinutesRequest([new MinutesItemInput("Lägesbild", "Oro kring kvällar vid centrum", null, null), new MinutesItemInput("Ärende 1", "Hög frånvaro; SIP föreslås", "Förnamn Efternamn", "Samtycke 2026-0042", [Guid.Parse("a0000000-0000-4000-8000-000000000001"), Guid.Parse("a0000000-0000-4000-8000-000000000010")])]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(meeting)
            .WithName("RecordMinutes")
            .RequiresRoles(ForumAccess.ManagerRoles);

        module.MapGet("/attendance-statistics", async (IMediator mediator, CancellationToken ct, [MaxLength(InputBounds.Code)] string? district = null, Guid? forumId = null, [MaxLength(InputBounds.Code)] string? term = null) =>
                TypedResults.Ok(await mediator.Send(new GetAttendanceStatistics(district, forumId, term), ct)))
            .WithTags("Meetings")
            .WithSummary("Attendance at held meetings per forum, term (e.g. 2026-VT) and kind of organisation, for the caller's districts.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetAttendanceStatistics");
    }
}
