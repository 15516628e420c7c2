using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.CaseWorkers;
using Samverkan.SocialServices.Application.Features.Worklists;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Infrastructure.Persistence;

namespace Samverkan.SocialServices.Infrastructure.Endpoints;

/// <summary>A unit's case workers: the roster, assigning them to cases, and the worklists.</summary>
internal static class StaffEndpoints
{
    public sealed record CaseWorkerRequest(
        [MaxLength(ClaimLimits.UserIdLength)] string UserId, [MaxLength(InputBounds.Name)] string Name, [MaxLength(InputBounds.Code)] string DistrictCode);

    public sealed record AssignmentRequest([MaxLength(ClaimLimits.UserIdLength)] string CaseWorkerUserId);

    public static void MapStaffEndpoints(this RouteGroupBuilder module)
    {
        module.MapPost("/case-workers", async (CaseWorkerRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new RegisterCaseWorker(r.UserId ?? string.Empty, r.Name ?? string.Empty, r.DistrictCode ?? string.Empty), ct);
                return TypedResults.Created($"/api/v1/social-services/case-workers/{id}", id);
            })
            .Idempotent()
            .WithTags("Social services")
            .WithSummary("A unit manager puts a person on the unit's roster of case workers (their organisation, a district they cover); only people on it can be assigned a case. Already on it: 409.")
            .WithName("RegisterCaseWorker")
            .RequiresRoles(CaseAccess.UnitManagerRoles)
            .WithRequestExample(new CaseWorkerRequest("socialsekreterare2.ostermalm", "Sara Lind", "ostermalm"))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // Typed route parameters, so that the OpenAPI document declares them.
        module.MapPost("/intakes/{intakeId:guid}/case-worker", (Guid intakeId, AssignmentRequest r, IMediator mediator, CancellationToken ct) =>
                AssignAsync(CaseKinds.Intake, intakeId, r, mediator, ct))
            .AsAssignment(CaseKinds.Intake, "AssignIntakeCaseWorker", VersionedResource.Aggregate<SocialServicesDbContext, Intake>("intakeId"));
        module.MapPost("/investigations/{investigationId:guid}/case-worker", (Guid investigationId, AssignmentRequest r, IMediator mediator, CancellationToken ct) =>
                AssignAsync(CaseKinds.Investigation, investigationId, r, mediator, ct))
            .AsAssignment(CaseKinds.Investigation, "AssignInvestigationCaseWorker", VersionedResource.Aggregate<SocialServicesDbContext, Investigation>("investigationId"));

        module.MapGet("/worklist", async (
                IMediator mediator, CancellationToken ct,
                [ValuesOf(typeof(CaseKinds))][MaxLength(InputBounds.Code)] string? caseKind = null, bool overdueOnly = false,
                [ValuesOf(typeof(WorklistSorts))][MaxLength(InputBounds.Code)] string? sort = null,
                [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListMyCases(new WorklistFilter(caseKind, overdueOnly), page, pageSize, sort), ct)))
            .WithTags("Social services")
            .WithSummary("The caller's own intakes and investigations in their unit, each with its next legal date and whether something is overdue; soonest date first.")
            .WithName("ListMyCases")
            .RequiresRoles(CaseAccess.SocialServicesRoles);
        module.MapGet("/unit-worklist", async (
                IMediator mediator, CancellationToken ct,
                [ValuesOf(typeof(CaseKinds))][MaxLength(InputBounds.Code)] string? caseKind = null, bool overdueOnly = false,
                [MaxLength(InputBounds.Code)] string? districtCode = null, [MaxLength(ClaimLimits.UserIdLength)] string? caseWorkerUserId = null, bool unassignedOnly = false,
                [ValuesOf(typeof(WorklistSorts))][MaxLength(InputBounds.Code)] string? sort = null,
                [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(
                    new ListUnitCases(new WorklistFilter(caseKind, overdueOnly, districtCode, caseWorkerUserId, unassignedOnly), page, pageSize, sort), ct)))
            .WithTags("Social services")
            .WithSummary("Every open case of the caller's unit, by case worker with the unassigned first (sort=caseWorker, the default), filterable; for the unit manager.")
            .WithName("ListUnitCases")
            .RequiresRoles(CaseAccess.UnitManagerRoles);
    }

    private static async Task<NoContent> AssignAsync(string caseKind, Guid id, AssignmentRequest r, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new AssignCaseWorker(caseKind, id, r.CaseWorkerUserId ?? string.Empty), ct);
        return TypedResults.NoContent();
    }

    private static RouteHandlerBuilder AsAssignment(this RouteHandlerBuilder endpoint, string caseKind, string name, VersionedResource resource) =>
        endpoint
            .Idempotent()
            .WithTags("Social services")
            .WithSummary($"A unit manager assigns or reassigns the {caseKind}'s case worker, one of the unit's roster (else 422); its running deadlines, and their reminders, move to them; the history is kept.")
            .WithETag(resource)
            .WithName(name)
            .RequiresRoles(CaseAccess.UnitManagerRoles)
            .WithRequestExample(new AssignmentRequest("socialsekreterare2.ostermalm"))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
