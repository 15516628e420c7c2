using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Bus.Application.Features;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>The values the seeds do not fix, as data with their source: required parties, deviation categories, spider axes.</summary>
internal static class CatalogueEndpoints
{
    public sealed record AddCatalogueEntryRequest([MaxLength(InputBounds.Code)] string Code, [MaxLength(InputBounds.Name)] string Name, [MaxLength(InputBounds.Line)] string Source, [Range(2, 100)] int? ScaleMax);

    public static void MapCatalogueEndpoints(this RouteGroupBuilder module)
    {
        var catalogues = module.MapGroup("/catalogues/{catalogue}").WithTags("BUS catalogues");
        catalogues.MapGet("/", async ([ValuesOf(typeof(CatalogueEntry), nameof(CatalogueEntry.Catalogues))][MaxLength(InputBounds.Code)] string catalogue, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCatalogue(catalogue), ct)))
            .WithSummary("The entries of a catalogue (required-parties, deviation-categories, spider-axes) with where each comes from, by code.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusCatalogue");
        catalogues.MapPost("/", async Task<Created<string>> ([ValuesOf(typeof(CatalogueEntry), nameof(CatalogueEntry.Catalogues))][MaxLength(InputBounds.Code)] string catalogue, AddCatalogueEntryRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var code = await mediator.Send(new AddCatalogueEntry(catalogue, request.Code, request.Name, request.Source, request.ScaleMax), ct);
                return TypedResults.Created($"/api/v1/bus/catalogues/{catalogue}", code);
            })
            .Idempotent()
            .WithSummary("Adds an entry with its source; a spider axis also names its scale maximum (ratings run from 1 to it).")
            .WithRequestExample(new AddCatalogueEntryRequest("shared-routines", "Gemensamma rutiner", "BUS-grupp Farsta, lokal analys 2026", 5))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("AddBusCatalogueEntry")
            .RequiresRoles(BusAccess.ManagerRoles);
    }
}
