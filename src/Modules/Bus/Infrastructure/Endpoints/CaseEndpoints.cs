using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Bus.Application.Features;
using Samverkan.Bus.Application.Features.Cases;
using Samverkan.Bus.Application.Features.Routines;
using Samverkan.Bus.Domain.Cases;
using Samverkan.Bus.Domain.Routines;
using Samverkan.Bus.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>Individual cases raised in a group (anonymous by default, named on consent or legal basis) and the routines library.</summary>
internal static class CaseEndpoints
{
    public sealed record RaiseCaseRequest(
        [LegalDate] DateOnly RaisedOn, [MaxLength(InputBounds.ShortText)] string Description, [MaxLength(InputBounds.ListItems)] IReadOnlyList<string> PartyKinds,
        [property: ValuesOf(typeof(IndividualCase), nameof(IndividualCase.Grounds))][MaxLength(InputBounds.Code)] string Ground, Guid? SipPlanId,
        [MaxLength(InputBounds.Name)] string? ChildName, [MaxLength(InputBounds.PersonalIdentityNumber)] string? ChildPersonalIdentityNumber,
        [MaxLength(InputBounds.Code)] string? LegalBasisCode, [MaxLength(InputBounds.Name)] string? LegalBasisConfirmedBy, [LegalDate] DateOnly? LegalBasisConfirmedOn);

    public sealed record CloseCaseRequest([MaxLength(InputBounds.ShortText)] string Outcome, [LegalDate] DateOnly? ClosedOn);

    public sealed record RoutineVersionRequest(
        [property: ValuesOf(typeof(RoutineVersion), nameof(RoutineVersion.Kinds))][MaxLength(InputBounds.Code)] string Kind, [MaxLength(InputBounds.Code)] string RoutineKey,
        [MaxLength(InputBounds.Name)] string Title, [MaxLength(InputBounds.LongText)] string Text, [MaxLength(InputBounds.ListItems)] IReadOnlyList<string> AgreedBy,
        [LegalDate] DateOnly AgreedOn, [LegalDate] DateOnly? InForceFrom);

    public static void MapCaseEndpoints(this RouteGroupBuilder module)
    {
        var individualCase = VersionedResource.Aggregate<BusDbContext, IndividualCase>("caseId");
        var cases = module.MapGroup("/groups/{groupId:guid}/cases").WithTags("BUS individual cases");
        cases.MapGet("/", async (Guid groupId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCases(groupId), ct)))
            .WithSummary("The group's individual cases, newest first; a named case's child only for the group's parties and, on consent, only while SIP's consent covers the caller (each such read is audited).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusCases");
        cases.MapPost("/", async Task<Created<Guid>> (Guid groupId, RaiseCaseRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new RaiseCase(
                    groupId, request.RaisedOn, request.Description, [.. (request.PartyKinds ?? []).OfType<string>()], request.Ground, request.SipPlanId, request.ChildName,
                    request.ChildPersonalIdentityNumber, request.LegalBasisCode, request.LegalBasisConfirmedBy, request.LegalBasisConfirmedOn), ct);
                return TypedResults.Created($"/api/v1/bus/groups/{groupId}/cases/{id}", id);
            })
            .Idempotent()
            .WithSummary("Raises a case: anonymous (no identity stored), named on a consent recorded in the SIP (it must cover another party of the group) or on a legal basis from the catalogue with who confirmed it and when. No personnummer in the description (422).")
            .WithRequestExample(new RaiseCaseRequest(new DateOnly(2026, 2, 10), "Behov av samordnade insatser skola och BUP; oklart ansvar för kontakt med vårdnadshavare.", ["school", "bup"], IndividualCase.Anonymous, null, null, null, null, null, null))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RaiseBusCase");
        cases.MapGet("/{caseId:guid}", async (Guid groupId, Guid caseId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCase(groupId, caseId), ct)))
            .WithSummary("One case of the group; the child of a named case as in the list (withheld with the reason otherwise).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag(individualCase)
            .WithName("GetBusCase");
        cases.MapPost("/{caseId:guid}/closure", async Task<NoContent> (Guid groupId, Guid caseId, CloseCaseRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CloseCase(groupId, caseId, request.Outcome, request.ClosedOn), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Closes the case with its outcome (no personnummer).")
            .WithRequestExample(new CloseCaseRequest("Gemensam SIP upprättad; skolan samordnar.", new DateOnly(2026, 3, 1)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(individualCase)
            .WithName("CloseBusCase");

        var example = new RoutineVersionRequest(
            RoutineVersion.LocalSip, "sip-kallelse", "Kallelse till SIP", "Den som först ser behovet tar kontakt med vårdnadshavare och kallar inom två veckor.", ["social-services", "school", "bup"],
            new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 1));
        var cityWide = module.MapGroup("/routines").WithTags("BUS routines");
        cityWide.MapGet("/", async (IMediator mediator, CancellationToken ct, [ValuesOf(typeof(RoutineVersion), nameof(RoutineVersion.Kinds))][MaxLength(InputBounds.Code)] string? kind = null) =>
                TypedResults.Ok(await mediator.Send(new ListRoutines(null, kind), ct)))
            .WithSummary("The city-wide routines with their versions and the current one (the newest in force today).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("ListBusCityRoutines");
        cityWide.MapGet("/{routineKey}", async ([MaxLength(InputBounds.Code)] string routineKey, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetRoutine(null, routineKey), ct)))
            .WithSummary("One city-wide routine with all its versions, newest first.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetBusCityRoutine");
        cityWide.MapPost("/", async Task<Created<Guid>> (RoutineVersionRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(ToCommand(null, request), ct);
                return TypedResults.Created($"/api/v1/bus/routines/{request.RoutineKey}", id);
            })
            .Idempotent()
            .WithSummary("Records the next version of a city-wide routine with the parties that agreed it; earlier versions stay as they were.")
            .WithRequestExample(example)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("AddBusCityRoutineVersion")
            .RequiresRoles(BusAccess.ManagerRoles);

        var ofGroup = module.MapGroup("/groups/{groupId:guid}/routines").WithTags("BUS routines");
        ofGroup.MapGet("/", async (Guid groupId, IMediator mediator, CancellationToken ct, [ValuesOf(typeof(RoutineVersion), nameof(RoutineVersion.Kinds))][MaxLength(InputBounds.Code)] string? kind = null) =>
                TypedResults.Ok(await mediator.Send(new ListRoutines(groupId, kind), ct)))
            .WithSummary("The group's own routines (local SIP routines, routines for individual cases) with their versions and the current one.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusGroupRoutines");
        ofGroup.MapGet("/{routineKey}", async (Guid groupId, [MaxLength(InputBounds.Code)] string routineKey, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRoutine(groupId, routineKey), ct)))
            .WithSummary("One routine of the group with all its versions, newest first.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetBusGroupRoutine");
        ofGroup.MapPost("/", async Task<Created<Guid>> (Guid groupId, RoutineVersionRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(ToCommand(groupId, request), ct);
                return TypedResults.Created($"/api/v1/bus/groups/{groupId}/routines/{request.RoutineKey}", id);
            })
            .Idempotent()
            .WithSummary("Records the next version of one of the group's routines with the parties of the group that agreed it; earlier versions stay as they were.")
            .WithRequestExample(example)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("AddBusGroupRoutineVersion")
            .RequiresRoles(BusAccess.HandlerRoles);
    }

    private static AddRoutineVersion ToCommand(Guid? groupId, RoutineVersionRequest request) => new(
        groupId, request.Kind, request.RoutineKey, request.Title, request.Text, [.. (request.AgreedBy ?? []).OfType<string>()], request.AgreedOn, request.InForceFrom);
}
