using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Bus.Application.Features;
using Samverkan.Bus.Application.Features.Deviations.CountyCopies;
using Samverkan.Bus.Application.Features.Deviations.HandleDeviation;
using Samverkan.Bus.Application.Features.Deviations.ListDeviations;
using Samverkan.Bus.Application.Features.Deviations.ReportDeviation;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Bus.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>BUS deviations: reported in a party, handled locally first, closed with an outcome; the county receives a copy of structured fields.</summary>
internal static class DeviationEndpoints
{
    public sealed record ReportDeviationRequest(
        [MaxLength(InputBounds.Code)] string Category, [MaxLength(InputBounds.Code)] string DistrictCode, [MaxLength(InputBounds.ListItems)] IReadOnlyList<Guid> ConcernedOrganisationIds,
        [MaxLength(InputBounds.Text)] string Description, [LegalDate] DateOnly OccurredOn, [LegalDate] DateOnly? RespondBy);

    public sealed record CloseDeviationRequest(
        [property: ValuesOf(typeof(Deviation), nameof(Deviation.Outcomes))][MaxLength(InputBounds.Code)] string Outcome, [MaxLength(InputBounds.Text)] string? OutcomeNote, [LegalDate] DateOnly? ClosedOn);

    public static void MapDeviationEndpoints(this RouteGroupBuilder module)
    {
        var deviation = VersionedResource.Aggregate<BusDbContext, Deviation>("deviationId");
        var ofGroup = module.MapGroup("/groups/{groupId:guid}/deviations").WithTags("BUS deviations");
        ofGroup.MapGet("/", async (Guid groupId, IMediator mediator, CancellationToken ct, [ValuesOf(typeof(Deviation), nameof(Deviation.Stages))][MaxLength(InputBounds.Code)] string? stage = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListDeviations(groupId, stage, page, pageSize), ct)))
            .WithSummary("The group's deviations for its parties, newest report first, optionally at one stage of the local path; paged.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusDeviations");
        ofGroup.MapPost("/", async Task<Created<Guid>> (Guid groupId, ReportDeviationRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new ReportDeviation(
                    groupId, request.Category, request.DistrictCode, request.ConcernedOrganisationIds ?? [], request.Description, request.OccurredOn, request.RespondBy), ct);
                return TypedResults.Created($"/api/v1/bus/deviations/{id}", id);
            })
            .Idempotent()
            .WithSummary("Reports a failed collaboration in a district the group covered that day; it goes first to the reporter's own manager. No personnummer in the text (422).")
            .WithRequestExample(new ReportDeviationRequest(
                "information-not-shared", "farsta", [Guid.Parse("a0000000-0000-4000-8000-000000000020")], "Remissvar från BUP uteblev trots påminnelse.", new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 20)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("ReportBusDeviation");

        var deviations = module.MapGroup("/deviations/{deviationId:guid}").WithTags("BUS deviations");
        deviations.MapGet("/", async (Guid deviationId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetDeviation(deviationId), ct)))
            .WithSummary("One deviation with its local path, for the group's parties.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag(deviation)
            .WithName("GetBusDeviation");
        deviations.MapPost("/escalations", async Task<NoContent> (Guid deviationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new EscalateDeviation(deviationId), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Passes the deviation on: from the reporter's manager to the party's BUS representative, from there to the group's agenda.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(deviation)
            .WithName("EscalateBusDeviation")
            .RequiresRoles(BusAccess.HandlerRoles);
        deviations.MapPost("/closure", async Task<NoContent> (Guid deviationId, CloseDeviationRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CloseDeviation(deviationId, request.Outcome, request.OutcomeNote, request.ClosedOn), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Closes the deviation with an outcome (today by default); the note stays in the group unless the free text is released.")
            .WithRequestExample(new CloseDeviationRequest(Deviation.RoutineChanged, "Rutin för remissvar uppdaterad.", new DateOnly(2026, 3, 1)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(deviation)
            .WithName("CloseBusDeviation")
            .RequiresRoles(BusAccess.HandlerRoles);
        deviations.MapPost("/free-text-release", async Task<NoContent> (Guid deviationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReleaseDeviationText(deviationId), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Releases the description and outcome note to the county's copy; the releaser vouches that they name no one. Recorded with who and when.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(deviation)
            .WithName("ReleaseBusDeviationText")
            .RequiresRoles(BusAccess.HandlerRoles);

        module.MapGet("/county/deviation-copies", async (IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? from = null, [LegalDate] DateOnly? to = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListDeviationCopies(from, to, page, pageSize), ct)))
            .WithTags("BUS county")
            .WithSummary("The county secretariat's copies of the deviations reported in the period, oldest first: category, parties, district, dates, stage and outcome; free text only where released; paged.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListBusDeviationCopies")
            .RequiresRoles(BusAccess.CountyRoles);
    }
}
