using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Bus.Application.Features;
using Samverkan.Bus.Application.Features.Spider;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>Spider measurements of a group's conditions for collaboration, their series and a radar chart.</summary>
internal static class SpiderEndpoints
{
    public sealed record RatingRequest([MaxLength(InputBounds.Code)] string PartyKind, [Range(1, 100)] int Value);

    public sealed record AxisRequest([MaxLength(InputBounds.Code)] string AxisCode, [Range(1, 100)] int Agreed, [MaxLength(InputBounds.ListItems)] IReadOnlyList<RatingRequest>? Ratings);

    public sealed record RecordMeasurementRequest([LegalDate] DateOnly MeasuredOn, [MaxLength(InputBounds.ListItems)] IReadOnlyList<AxisRequest> Axes);

    public static void MapSpiderEndpoints(this RouteGroupBuilder module)
    {
        var spider = module.MapGroup("/groups/{groupId:guid}/spider-measurements").WithTags("BUS spider measurements");
        spider.MapGet("/", async (Guid groupId, IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? from = null, [LegalDate] DateOnly? to = null) =>
                TypedResults.Ok(await mediator.Send(new ListMeasurements(groupId, from, to), ct)))
            .WithSummary("The group's measurements in the period, oldest first: per axis the agreed value and each party's rating.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusSpiderMeasurements");
        spider.MapPost("/", async Task<Created<Guid>> (Guid groupId, RecordMeasurementRequest request, IMediator mediator, CancellationToken ct) =>
            {
                // Null elements are skipped here and reported by the input bounds in the command's 400 (InputInspector).
                var axes = (request.Axes ?? []).OfType<AxisRequest>()
                    .Select(a => new AxisInput(a.AxisCode, a.Agreed, [.. (a.Ratings ?? []).OfType<RatingRequest>().Select(r => new RatingInput(r.PartyKind, r.Value))])).ToList();
                var id = await mediator.Send(new RecordMeasurement(groupId, request.MeasuredOn, axes), ct);
                return TypedResults.Created($"/api/v1/bus/groups/{groupId}/spider-measurements", id);
            })
            .Idempotent()
            .WithSummary("Records a measurement at a date on configured axes (at least three, each from 1 to its scale maximum): each party's rating and the agreed value.")
            .WithRequestExample(new RecordMeasurementRequest(new DateOnly(2026, 2, 10), [
                new("shared-routines", 3, [new("school", 4), new("social-services", 3)]),
                new("attendance", 4, [new("school", 4), new("bup", 3)]),
                new("follow-up", 2, [new("school", 2), new("social-services", 2)])]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RecordBusSpiderMeasurement")
            .RequiresRoles(BusAccess.HandlerRoles);
        spider.MapGet("/radar.svg", async (Guid groupId, IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? from = null, [LegalDate] DateOnly? to = null) =>
                Results.Text(await mediator.Send(new GetRadarChart(groupId, from, to), ct), "image/svg+xml; charset=utf-8"))
            .WithSummary("The measurements in the period as a radar chart (SVG): one polygon of agreed values per measurement.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetBusSpiderRadar");
    }
}
