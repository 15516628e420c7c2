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
using Samverkan.Bus.Application.Features.Governance;
using Samverkan.Bus.Domain.Governance;
using Samverkan.Bus.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure.Endpoints;

/// <summary>A group's governing document (local agreement or local action plan) and the city's central overview across groups.</summary>
internal static class GovernanceEndpoints
{
    public sealed record CreateDocumentRequest(
        [property: ValuesOf(typeof(GoverningDocument), nameof(GoverningDocument.Kinds))][MaxLength(InputBounds.Code)] string Kind,
        [LegalDate] DateOnly PeriodFrom, [LegalDate] DateOnly? PeriodTo, bool UsesCommonTemplate,
        [MaxLength(InputBounds.ListItems)] IReadOnlyList<string>? Priorities, [LegalDate] DateOnly? ReportDueOn);

    public sealed record AddActivityRequest(
        [MaxLength(InputBounds.ShortText)] string Title, Guid OwnerOrganisationId, [MaxLength(InputBounds.Name)] string? OwnerUserId,
        [MaxLength(InputBounds.Name)] string OwnerName, [LegalDate] DateOnly DueOn);

    public sealed record DoneRequest([LegalDate] DateOnly? On);

    public sealed record AddMilestoneRequest([MaxLength(InputBounds.ShortText)] string Title, [LegalDate] DateOnly DueOn);

    public sealed record FollowUpRequest([LegalDate] DateOnly On, [MaxLength(InputBounds.Text)] string Note);

    public static void MapGovernanceEndpoints(this RouteGroupBuilder module)
    {
        var document = VersionedResource.Aggregate<BusDbContext, GoverningDocument>("documentId");
        var ofGroup = module.MapGroup("/groups/{groupId:guid}/governing-documents").WithTags("BUS governing documents");
        ofGroup.MapGet("/", async (Guid groupId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListGoverningDocuments(groupId), ct)))
            .WithSummary("The group's local agreements and action plans, newest period first, with priorities, activities, milestones, follow-ups and report date.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListBusGoverningDocuments");
        ofGroup.MapPost("/", async Task<Created<Guid>> (Guid groupId, CreateDocumentRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var priorities = (request.Priorities ?? []).OfType<string>().ToList();
                var id = await mediator.Send(new CreateGoverningDocument(groupId, request.Kind, request.PeriodFrom, request.PeriodTo, request.UsesCommonTemplate, priorities, request.ReportDueOn), ct);
                return TypedResults.Created($"/api/v1/bus/groups/{groupId}/governing-documents/{id}", id);
            })
            .Idempotent()
            .WithSummary("Adopts a local agreement or a local action plan for a period; without an end the configured default period applies and its source is recorded. Periods of a group do not overlap (409).")
            .WithRequestExample(new CreateDocumentRequest(GoverningDocument.LocalActionPlan, new DateOnly(2026, 1, 1), null, true,
                ["Kortare väntan på remissvar från BUP", "Skolor med i gruppen"], new DateOnly(2026, 12, 15)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("CreateBusGoverningDocument")
            .RequiresRoles(BusAccess.HandlerRoles);

        var one = ofGroup.MapGroup("/{documentId:guid}");
        one.MapGet("/", async (Guid groupId, Guid documentId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetGoverningDocument(groupId, documentId), ct)))
            .WithSummary("One governing document of the group; an activity past its date and not completed is marked overdue.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag(document)
            .WithName("GetBusGoverningDocument");
        Write(one.MapPost("/activities", async Task<Created<Guid>> (Guid groupId, Guid documentId, AddActivityRequest request, IMediator mediator, CancellationToken ct) =>
                {
                    var id = await mediator.Send(new AddActivity(groupId, documentId, request.Title, request.OwnerOrganisationId, request.OwnerUserId, request.OwnerName, request.DueOn), ct);
                    return TypedResults.Created($"/api/v1/bus/groups/{groupId}/governing-documents/{documentId}", id);
                })
                .WithSummary("Adds an activity owned by an organisation represented in the group, due on a date: the deadline engine reminds its owner and escalates it when overdue.")
                .WithRequestExample(new AddActivityRequest("Rutin för remisser till BUP", Guid.Parse("a0000000-0000-4000-8000-000000000002"), null, "Enhetschef barn och unga", new DateOnly(2026, 4, 30))),
            document, "AddBusPlanActivity");
        Write(one.MapPost("/activities/{activityId:guid}/completion", async Task<NoContent> (Guid groupId, Guid documentId, Guid activityId, DoneRequest request, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(new CompleteActivity(groupId, documentId, activityId, request.On), ct);
                    return TypedResults.NoContent();
                })
                .WithSummary("Completes an activity on a date (today by default): its deadline is met.")
                .WithRequestExample(new DoneRequest(new DateOnly(2026, 4, 28))),
            document, "CompleteBusPlanActivity");
        Write(one.MapPost("/milestones", async Task<Created<Guid>> (Guid groupId, Guid documentId, AddMilestoneRequest request, IMediator mediator, CancellationToken ct) =>
                {
                    var id = await mediator.Send(new AddMilestone(groupId, documentId, request.Title, request.DueOn), ct);
                    return TypedResults.Created($"/api/v1/bus/groups/{groupId}/governing-documents/{documentId}", id);
                })
                .WithSummary("Adds a milestone with the date it should be reached.")
                .WithRequestExample(new AddMilestoneRequest("Alla parter representerade", new DateOnly(2026, 6, 1))),
            document, "AddBusPlanMilestone");
        Write(one.MapPost("/milestones/{milestoneId:guid}/reached", async Task<NoContent> (Guid groupId, Guid documentId, Guid milestoneId, DoneRequest request, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(new ReachMilestone(groupId, documentId, milestoneId, request.On), ct);
                    return TypedResults.NoContent();
                })
                .WithSummary("Records that a milestone was reached on a date (today by default).")
                .WithRequestExample(new DoneRequest(new DateOnly(2026, 5, 20))),
            document, "ReachBusPlanMilestone");
        Write(one.MapPost("/follow-ups", async Task<NoContent> (Guid groupId, Guid documentId, FollowUpRequest request, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(new FollowUpDocument(groupId, documentId, request.On, request.Note), ct);
                    return TypedResults.NoContent();
                })
                .WithSummary("Records a follow-up of the document at a date: how far the group has come (about organisations, never a child).")
                .WithRequestExample(new FollowUpRequest(new DateOnly(2026, 6, 10), "Remissrutinen är antagen; skolorna deltar från hösten.")),
            document, "FollowUpBusGoverningDocument");
        Write(one.MapPost("/report", async Task<NoContent> (Guid groupId, Guid documentId, DoneRequest request, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(new ReportDocument(groupId, documentId, request.On), ct);
                    return TypedResults.NoContent();
                })
                .WithSummary("Records that the group reported the document to the city's follow-up on a date (today by default); it is fixed after that.")
                .WithRequestExample(new DoneRequest(new DateOnly(2026, 12, 10))),
            document, "ReportBusGoverningDocument");

        module.MapGet("/governing-documents/overview", async (IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? on = null) =>
                TypedResults.Ok(await mediator.Send(new GetGovernanceOverview(on), ct)))
            .WithTags("BUS governing documents")
            .WithSummary("The city's central view on a date (today by default): per open group whether it has a current agreement or plan, whether it uses the common template, whether it has reported, overdue activities.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("GetBusGovernanceOverview")
            .RequiresRoles(BusAccess.ManagerRoles);
    }

    private static void Write(RouteHandlerBuilder endpoint, VersionedResource document, string name) =>
        endpoint.Idempotent()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(document)
            .WithName(name)
            .RequiresRoles(BusAccess.HandlerRoles);
}
