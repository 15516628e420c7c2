using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Bus.Application.Features;
using Samverkan.Bus.Application.Features.Meetings;
using Samverkan.Bus.Domain.Meetings;
using Samverkan.Bus.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>The agenda template's versions (common and the groups' own) and the groups' meetings held from them, with minutes and attendance.</summary>
internal static class MeetingEndpoints
{
    public sealed record AgendaItemRequest([MaxLength(InputBounds.ShortText)] string? Title, [MaxLength(InputBounds.Code)] string? StandingItem);

    public sealed record TemplateVersionRequest([MaxLength(InputBounds.Line)] string Source, [MaxLength(InputBounds.ListItems)] IReadOnlyList<AgendaItemRequest> Items);

    public sealed record AdaptTemplateRequest(Guid AdaptedFrom, [MaxLength(InputBounds.Line)] string Source, [MaxLength(InputBounds.ListItems)] IReadOnlyList<AgendaItemRequest> Items);

    public sealed record ScheduleMeetingRequest([LegalDate] DateOnly HeldOn, Guid? TemplateId);

    public sealed record ItemMinutes([Range(1, 1000)] int Order, [MaxLength(InputBounds.Text)] string Minutes);

    public sealed record MeetingMinutes([MaxLength(InputBounds.ListItems)] IReadOnlyList<ItemMinutes> Items);

    public sealed record AttendanceRequest([MaxLength(InputBounds.Code)] string PartyKind, bool Present);

    public sealed record RecordAttendanceRequest([MaxLength(InputBounds.ListItems)] IReadOnlyList<AttendanceRequest> Parties);

    private static readonly AgendaItemRequest[] ExampleItems =
    [
        new(null, "obstacles"), new(null, "organisation-changes"), new(null, "deviations"), new(null, "statistics"), new(null, "intervention-effect"), new("Övriga frågor", null),
    ];

    public static void MapMeetingEndpoints(this RouteGroupBuilder module)
    {
        var templates = module.MapGroup("/agenda-templates").WithTags("BUS agenda and meetings");
        templates.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCommonTemplates(), ct)))
            .WithSummary("The common agenda template's versions, newest first: items (standing items from the duty list and own items) and how many meetings used each.")
            .WithName("ListBusAgendaTemplates");
        templates.MapPost("/", async Task<Created<Guid>> (TemplateVersionRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new CreateCommonTemplateVersion(request.Source, ToItems(request.Items)), ct);
                return TypedResults.Created("/api/v1/bus/agenda-templates", id);
            })
            .Idempotent()
            .WithSummary("Makes the next version of the common agenda template; meetings held from an earlier version keep it.")
            .WithRequestExample(new TemplateVersionRequest("Gemensam dagordning för BUS-grupper, hösten 2023", ExampleItems))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("CreateBusAgendaTemplateVersion")
            .RequiresRoles(BusAccess.ManagerRoles);

        var ofGroup = module.MapGroup("/groups/{groupId:guid}").WithTags("BUS agenda and meetings");
        ofGroup.MapGet("/agenda-templates", async (Guid groupId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListGroupTemplates(groupId), ct)))
            .WithSummary("The group's own adaptations of the agenda template, newest first, each naming the version it was adapted from and how many meetings used it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusGroupAgendaTemplates");
        ofGroup.MapPost("/agenda-templates", async Task<Created<Guid>> (Guid groupId, AdaptTemplateRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new AdaptTemplate(groupId, request.AdaptedFrom, request.Source, ToItems(request.Items)), ct);
                return TypedResults.Created($"/api/v1/bus/groups/{groupId}/agenda-templates", id);
            })
            .Idempotent()
            .WithSummary("The group adapts a template version (the common one or its own) into the next version of its own; its later meetings use it.")
            .WithRequestExample(new AdaptTemplateRequest(Guid.Parse("b0000000-0000-4000-8000-000000000001"), "BUS-gruppens beslut 2026-01-20", [.. ExampleItems, new("Skolornas deltagande", null)]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("AdaptBusAgendaTemplate")
            .RequiresRoles(BusAccess.HandlerRoles);

        var meeting = VersionedResource.Aggregate<BusDbContext, Meeting>("meetingId");
        ofGroup.MapGet("/meetings", async (Guid groupId, IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? from = null, [LegalDate] DateOnly? to = null) =>
                TypedResults.Ok(await mediator.Send(new ListMeetings(groupId, from, to), ct)))
            .WithSummary("The group's meetings in the period, oldest first: the template version each used, its agenda with minutes, attendance per party.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusMeetings");
        ofGroup.MapPost("/meetings", async Task<Created<Guid>> (Guid groupId, ScheduleMeetingRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new ScheduleMeeting(groupId, request.HeldOn, request.TemplateId), ct);
                return TypedResults.Created($"/api/v1/bus/groups/{groupId}/meetings/{id}", id);
            })
            .Idempotent()
            .WithSummary("Sets up a meeting from a template version (the one named, else the group's newest own, else the newest common one); the agenda is copied and the version recorded.")
            .WithRequestExample(new ScheduleMeetingRequest(new DateOnly(2026, 3, 12), null))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("ScheduleBusMeeting")
            .RequiresRoles(BusAccess.HandlerRoles);
        ofGroup.MapGet("/meetings/{meetingId:guid}", async (Guid groupId, Guid meetingId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMeeting(groupId, meetingId), ct)))
            .WithSummary("One meeting of the group: template version, agenda with minutes, attendance per party (null: not recorded).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag(meeting)
            .WithName("GetBusMeeting");
        ofGroup.MapPost("/meetings/{meetingId:guid}/minutes", async Task<NoContent> (Guid groupId, Guid meetingId, MeetingMinutes request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RecordMinutes(groupId, meetingId, [.. (request.Items ?? []).OfType<ItemMinutes>().Select(i => new MinutesInput(i.Order, i.Minutes))]), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Records the minutes of agenda items by their order (about organisations; a personnummer is refused).")
            .WithRequestExample(new MeetingMinutes([new(1, "Långa väntetider för remisser till BUP lyfts; BUP återkommer."), new(3, "Två avvikelser följdes upp.")]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(meeting)
            .WithName("RecordBusMeetingMinutes")
            .RequiresRoles(BusAccess.HandlerRoles);
        ofGroup.MapPost("/meetings/{meetingId:guid}/attendance", async Task<NoContent> (Guid groupId, Guid meetingId, RecordAttendanceRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RecordAttendance(groupId, meetingId, [.. (request.Parties ?? []).OfType<AttendanceRequest>().Select(p => new AttendanceInput(p.PartyKind, p.Present))]), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Records which of the group's parties attended (a party recorded again is replaced).")
            .WithRequestExample(new RecordAttendanceRequest([new("social-services", true), new("bup", false), new("school", true)]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(meeting)
            .WithName("RecordBusMeetingAttendance")
            .RequiresRoles(BusAccess.HandlerRoles);
    }

    // Null elements are skipped here and reported by the input bounds in the command's 400 (InputInspector).
    private static List<AgendaItemInput> ToItems(IReadOnlyList<AgendaItemRequest>? items) =>
        [.. (items ?? []).OfType<AgendaItemRequest>().Select(i => new AgendaItemInput(i.Title ?? string.Empty, i.StandingItem))];
}
