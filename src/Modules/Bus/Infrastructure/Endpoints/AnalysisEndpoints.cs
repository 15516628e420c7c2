using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.Bus.Application.Features;
using Samverkan.Bus.Application.Features.Analysis;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>A group's local analysis and the county's yearly view across groups (figures only).</summary>
internal static class AnalysisEndpoints
{
    public static void MapAnalysisEndpoints(this RouteGroupBuilder module)
    {
        module.MapGet("/groups/{groupId:guid}/analysis", async (Guid groupId, IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? from = null, [LegalDate] DateOnly? to = null) =>
                TypedResults.Ok(await mediator.Send(new GetLocalAnalysis(groupId, from, to), ct)))
            .WithTags("BUS analysis")
            .WithSummary("The group's local analysis for a period (this year to today by default): deviations by category and party, SIP counts in its area from SIP's events, attendance per party, the spider series; counts 1-4 as \"<5\".")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetBusLocalAnalysis");
        module.MapGet("/county/yearly-figures", async (IMediator mediator, CancellationToken ct, [Range(1990, 2100)] int year) =>
                TypedResults.Ok(await mediator.Send(new GetRegionalYear(year), ct)))
            .WithTags("BUS analysis")
            .WithSummary("The county's yearly view across the groups of the year: deviations (by category), SIP counts, meetings, measurements, governing document and report; figures only, counts 1-4 as \"<5\".")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("GetBusCountyYearlyFigures")
            .RequiresRoles(BusAccess.CountyRoles);
    }
}
