using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SchoolAttendance.Application.Features.Statistics.GetDistrictStatistics;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.SchoolAttendance.Infrastructure.Endpoints;

internal static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this RouteGroupBuilder module) =>
        module.MapGet("/statistics/districts/{districtCode}", async ([MaxLength(InputBounds.Code)] string districtCode, [LegalDate] DateOnly from, [LegalDate] DateOnly to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDistrictStatistics(districtCode, from, to), ct)))
            .WithTags("Statistics")
            .WithSummary("A district's reports, suspensions, assessment times, investigations, interventions and feedback, by school, sex and age band; counts under 5 as \"<5\".")
            .WithName("GetDistrictStatistics")
            .RequiresRoles(GetDistrictStatisticsHandler.ReaderRoles);
}
