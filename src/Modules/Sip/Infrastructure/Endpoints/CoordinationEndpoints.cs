using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Sip.Application.Features.Coordination;
using Samverkan.Sip.Domain.Coordination;
using Samverkan.Sip.Infrastructure.Persistence;

namespace Samverkan.Sip.Infrastructure.Endpoints;

/// <summary>SIP-coordination functions, where none exists, and a coordinator's overview of the open plans in the area.</summary>
internal static class CoordinationEndpoints
{
    /// <summary><c>AreaId</c>: the district's code, or the local BUS group's id (then <c>DistrictCodes</c> names its districts).</summary>
    public sealed record CoordinationFunctionRequest(
        [MaxLength(InputBounds.Name)] string Name, [property: ValuesOf(typeof(CoordinationAreaKinds))][MaxLength(InputBounds.Code)] string AreaKind,
        [MaxLength(InputBounds.Code)] string AreaId, [MaxLength(InputBounds.Name)] string AreaName, [MaxLength(20)] IReadOnlyList<string>? DistrictCodes,
        [MaxLength(InputBounds.Name)] string? CoordinatorUserId, [LegalDate] DateOnly ValidFrom, [LegalDate] DateOnly? ValidUntil);

    public sealed record CoordinationChangeRequest([MaxLength(InputBounds.Name)] string? CoordinatorUserId, [LegalDate] DateOnly ValidFrom, [LegalDate] DateOnly? ValidUntil);

    public static void MapCoordinationEndpoints(this RouteGroupBuilder module)
    {
        var function = VersionedResource.Aggregate<SipDbContext, CoordinationFunction>("functionId");
        var functions = module.MapGroup("/coordination-functions").WithTags("SIP coordination");
        functions.MapPost("/", async (CoordinationFunctionRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new EstablishCoordinationFunction(
                    r.Name ?? string.Empty, r.AreaKind ?? string.Empty, r.AreaId ?? string.Empty, r.AreaName ?? string.Empty, r.DistrictCodes ?? [], r.CoordinatorUserId, r.ValidFrom, r.ValidUntil), ct);
                return TypedResults.Created($"/api/v1/sip/coordination-functions/{id}", id);
            })
            .Idempotent()
            .WithSummary("Establishes a SIP-coordination function for a district or a local BUS group (its id, name and districts as data), with its coordinator (a user id; leave out for a vacancy) and period.")
            .WithName("EstablishSipCoordinationFunction")
            .RequiresRoles(CoordinationManagers.Roles)
            .WithRequestExample(new CoordinationFunctionRequest("SIP-samordning Östermalm", CoordinationAreaKinds.District, "ostermalm", "Östermalm", null, "samordnare.ostermalm", new DateOnly(2026, 1, 1), null));
        functions.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCoordinationFunctions(), ct)))
            .WithSummary("The coordination functions, their areas, coordinators (or vacancy) and periods.")
            .WithName("ListSipCoordinationFunctions")
            .RequiresRoles(CoordinationManagers.Roles);
        functions.MapPut("/{functionId:guid}", async (Guid functionId, CoordinationChangeRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new ChangeCoordinationFunction(functionId, r.CoordinatorUserId, r.ValidFrom, r.ValidUntil), ct)))
            .WithSummary("Names a new coordinator (or leaves the post vacant) and the period; the area stays.")
            .WithETag(function)
            .WithName("ChangeSipCoordinationFunction")
            .RequiresRoles(CoordinationManagers.Roles)
            .WithRequestExample(new CoordinationChangeRequest(null, new DateOnly(2026, 1, 1), null));
        functions.MapGet("/{functionId:guid}/overview", async (Guid functionId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCoordinatorOverview(functionId), ct)))
            .WithSummary("The function's coordinator's view of every open SIP in the area: next date, overdue deadlines, consent missing or expiring (window Sip:Coordination). Anyone else gets 404.")
            .WithName("GetSipCoordinatorOverview")
            .RequiresRoles(Roles.Coordinator);
        functions.MapGet("/{functionId:guid}/plans/{planId:guid}", async (Guid functionId, Guid planId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok((await mediator.Send(new GetCoordinatorOverview(functionId, planId), ct)).Plans.Single()))
            .WithSummary("One open SIP of the coordinator's area as the overview shows it; a plan outside the area gets 404.")
            .WithName("GetSipCoordinatedPlan")
            .RequiresRoles(Roles.Coordinator);
        module.MapGet("/coordination/uncovered-districts", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListUncoveredDistricts(), ct)))
            .WithTags("SIP coordination")
            .WithSummary("The directory's districts without a coordination function in force today (none), or with only vacant ones (vacant).")
            .WithName("ListSipUncoveredDistricts")
            .RequiresRoles(CoordinationManagers.Roles);
    }

    private static NoContent Done(Unit _) => TypedResults.NoContent();
}
