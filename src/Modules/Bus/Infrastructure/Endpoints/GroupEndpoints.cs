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
using Samverkan.Bus.Application.Features.Groups.ChangeCoverage;
using Samverkan.Bus.Application.Features.Groups.CloseGroup;
using Samverkan.Bus.Application.Features.Groups.CreateGroup;
using Samverkan.Bus.Application.Features.Groups.GetGroup;
using Samverkan.Bus.Application.Features.Groups.ListGroups;
using Samverkan.Bus.Application.Features.Groups.Represent;
using Samverkan.Bus.Domain.Groups;
using Samverkan.Bus.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>Local BUS groups: what they cover over time (docs/adr/0017) and who represents the parties the county agreement requires.</summary>
internal static class GroupEndpoints
{
    public sealed record AreaRequest([property: ValuesOf(typeof(CoverageArea), nameof(CoverageArea.Kinds))][MaxLength(InputBounds.Code)] string Kind, [MaxLength(InputBounds.Code)] string Code);

    public sealed record CreateGroupRequest([MaxLength(InputBounds.Name)] string Name, [LegalDate] DateOnly StartsOn, [MaxLength(InputBounds.ListItems)] IReadOnlyList<AreaRequest> Areas, Guid? SplitFrom);

    public sealed record ChangeCoverageRequest([LegalDate] DateOnly From, [MaxLength(InputBounds.ListItems)] IReadOnlyList<AreaRequest> Areas);

    public sealed record CloseGroupRequest([LegalDate] DateOnly On);

    public sealed record FillSeatRequest([MaxLength(InputBounds.Code)] string PartyKind, Guid? OrganisationId, [MaxLength(InputBounds.Name)] string? RepresentativeName, [LegalDate] DateOnly? Since);

    public sealed record IndependentProviderRequest(
        Guid OrganisationId, [MaxLength(InputBounds.Name)] string Name,
        [property: ValuesOf(typeof(IndependentProvider), nameof(IndependentProvider.Kinds))][MaxLength(InputBounds.Code)] string Kind,
        [property: ValuesOf(typeof(IndependentProvider), nameof(IndependentProvider.Statuses))][MaxLength(InputBounds.Code)] string Status,
        [LegalDate] DateOnly? Since);

    private static readonly AreaRequest[] ExampleAreas = [new(CoverageArea.District, "farsta"), new(CoverageArea.District, "skarholmen"), new(CoverageArea.RegionUnit, "bup-soder")];

    public static void MapGroupEndpoints(this RouteGroupBuilder module)
    {
        var group = VersionedResource.Aggregate<BusDbContext, BusGroup>("groupId");
        var groups = module.MapGroup("/groups").WithTags("BUS groups");
        groups.MapGet("/", async (IMediator mediator, CancellationToken ct, [MaxLength(InputBounds.Code)] string? district = null, [LegalDate] DateOnly? on = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListGroups(district, on, page, pageSize), ct)))
            .WithSummary("The BUS groups the caller is a party of (administrators and coordinators: all), by name; with a district, the group that covered it on the date (today by default); paged.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListBusGroups");
        groups.MapPost("/", async Task<Created<Guid>> (CreateGroupRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new CreateGroup(request.Name, request.StartsOn, ToAreas(request.Areas), request.SplitFrom), ct);
                return TypedResults.Created($"/api/v1/bus/groups/{id}", id);
            })
            .Idempotent()
            .WithSummary("Creates a local BUS group covering districts, school areas and region units from a date, with an empty seat for every required party.")
            .WithRequestExample(new CreateGroupRequest("BUS Farsta–Skärholmen", new DateOnly(2024, 1, 1), ExampleAreas, null))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("CreateBusGroup")
            .RequiresRoles(BusAccess.ManagerRoles);
        groups.MapGet("/{groupId:guid}", async (Guid groupId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetGroup(groupId), ct)))
            .WithSummary("One group for its parties: every coverage period (closed ones kept), its seats with the empty ones, and its independent schools and preschools.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag(group)
            .WithName("GetBusGroup");
        groups.MapPost("/{groupId:guid}/coverage-changes", async Task<NoContent> (Guid groupId, ChangeCoverageRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ChangeCoverage(groupId, request.From, ToAreas(request.Areas)), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("From a date the group covers exactly these areas: areas left end their period there, new ones start; a date on or before the last change is refused (history is not rewritten).")
            .WithRequestExample(new ChangeCoverageRequest(new DateOnly(2026, 7, 1), [new(CoverageArea.District, "farsta")]))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(group)
            .WithName("ChangeBusGroupCoverage")
            .RequiresRoles(BusAccess.ManagerRoles);
        groups.MapPost("/{groupId:guid}/closure", async Task<NoContent> (Guid groupId, CloseGroupRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CloseGroup(groupId, request.On), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Closes the group from a date (e.g. when it is split): its coverage ends there, its history and deviations stay.")
            .WithRequestExample(new CloseGroupRequest(new DateOnly(2026, 12, 31)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(group)
            .WithName("CloseBusGroup")
            .RequiresRoles(BusAccess.ManagerRoles);
        groups.MapPost("/{groupId:guid}/seats", async Task<NoContent> (Guid groupId, FillSeatRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new FillSeat(groupId, request.PartyKind, request.OrganisationId, request.RepresentativeName, request.Since), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Records who represents a required party from a date (today by default); without a representative's name the seat is empty again.")
            .WithRequestExample(new FillSeatRequest("social-services", Guid.Parse("a0000000-0000-4000-8000-000000000002"), "Enhetschef barn och unga, Farsta", new DateOnly(2026, 1, 15)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(group)
            .WithName("FillBusGroupSeat")
            .RequiresRoles(BusAccess.ManagerRoles);
        groups.MapPost("/{groupId:guid}/independent-providers", async Task<NoContent> (Guid groupId, IndependentProviderRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new TrackIndependentProvider(groupId, request.OrganisationId, request.Name, request.Kind, request.Status, request.Since), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Records where an independent school or preschool stands with the group from a date: invited, in dialogue, represented or declined.")
            .WithRequestExample(new IndependentProviderRequest(Guid.Parse("a0000000-0000-4000-8000-000000000013"), "Ekbackens friskola", IndependentProvider.School, IndependentProvider.InDialogue, new DateOnly(2026, 2, 1)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(group)
            .WithName("TrackBusIndependentProvider")
            .RequiresRoles(BusAccess.ManagerRoles);
    }

    // A null element is skipped here and reported by the input bounds in the command's 400 (InputInspector).
    private static List<AreaInput> ToAreas(IReadOnlyList<AreaRequest>? areas) => [.. (areas ?? []).OfType<AreaRequest>().Select(a => new AreaInput(a.Kind, a.Code))];
}
