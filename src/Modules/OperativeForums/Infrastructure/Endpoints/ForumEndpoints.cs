using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Application.Features.Forums.AddMember;
using Samverkan.OperativeForums.Application.Features.Forums.AnswerInvitation;
using Samverkan.OperativeForums.Application.Features.Forums.CreateForum;
using Samverkan.OperativeForums.Application.Features.Forums.EndMembership;
using Samverkan.OperativeForums.Application.Features.Forums.GetForum;
using Samverkan.OperativeForums.Application.Features.Forums.InviteOrganisation;
using Samverkan.OperativeForums.Application.Features.Forums.ListForums;
using Samverkan.OperativeForums.Domain.Forums;
using Samverkan.OperativeForums.Infrastructure.Persistence;

namespace Samverkan.OperativeForums.Infrastructure.Endpoints;

/// <summary>
/// Forums, their members and invitations. Anyone signed in sees the forums of their own districts
/// (administrators all); administrators and the district's managers and coordinators run them.
/// </summary>
internal static class ForumEndpoints
{
    public sealed record CreateForumRequest(
        [MaxLength(InputBounds.Code)] string DistrictCode, [MaxLength(InputBounds.Name)] string Name, [property: ValuesOf(typeof(ForumKinds))][MaxLength(InputBounds.Code)] string Kind, Guid? ConveningOrganisationId, [Range(0, 20)] int? ExpectedMeetingsPerTerm);

    public sealed record AddMemberRequest(Guid OrganisationId, [MaxLength(InputBounds.Name)] string? MemberName, [MaxLength(InputBounds.Name)] string Role, [LegalDate] DateOnly? JoinedOn);

    public sealed record EndMembershipRequest([LegalDate] DateOnly? LeftOn);

    public sealed record InviteRequest(Guid OrganisationId);

    public sealed record AnswerInvitationRequest(bool Accepted, [LegalDate] DateOnly? AnsweredOn);

    public static void MapForumEndpoints(this RouteGroupBuilder module)
    {
        var forum = VersionedResource.Aggregate<OperativeForumsDbContext, Forum>("forumId");
        var forums = module.MapGroup("/forums").WithTags("Forums");
        forums.MapGet("/", async (IMediator mediator, CancellationToken ct, [MaxLength(InputBounds.Code)] string? district = null, [ValuesOf(typeof(ForumKinds))][MaxLength(InputBounds.Code)] string? kind = null, [MaxLength(InputBounds.Name)] string? search = null, [ValuesOf(typeof(ForumSorts))][MaxLength(InputBounds.Code)] string? sort = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListForums(district, kind, search, page, pageSize, sort), ct)))
            .WithSummary("Forums of the caller's districts (administrators: all), optionally of one district or kind, or whose name contains a text; paged.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListForums");
        forums.MapPost("/", async Task<Created<Guid>> (CreateForumRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(
                    new CreateForum(request.DistrictCode, request.Name, request.Kind, request.ConveningOrganisationId, request.ExpectedMeetingsPerTerm ?? 2), ct);
                return TypedResults.Created($"/api/v1/operative-forums/forums/{id}", id);
            })
            .Idempotent()
            .WithSummary("Sets up a forum in a district; social services of the district convenes unless another organisation is named.")
            .WithRequestExample(new CreateForumRequest("ostermalm", "Operativt forum Östermalm", "operative-forum", null, 2))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("CreateForum")
            .RequiresRoles(ForumAccess.ManagerRoles);
        forums.MapGet("/{forumId:guid}", async (Guid forumId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetForum(forumId), ct)))
            .WithSummary("One forum with its membership history, invitations and meetings per term against its expected cadence.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag(forum)
            .WithName("GetForum");

        forums.MapPost("/{forumId:guid}/members", async Task<Created<Guid>> (Guid forumId, AddMemberRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new AddMember(forumId, request.OrganisationId, request.MemberName, request.Role, request.JoinedOn), ct);
                return TypedResults.Created($"/api/v1/operative-forums/forums/{forumId}", id);
            })
            .Idempotent()
            .WithSummary("Adds an organisation, or a named member of it with a role, from a date (today by default). A member already in the forum: 409.")
            .WithRequestExample(new AddMemberRequest(Guid.Parse("a0000000-0000-4000-8000-000000000010"), "Anna Kurator", "kurator", new DateOnly(2026, 1, 12)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(forum)
            .WithName("AddForumMember")
            .RequiresRoles(ForumAccess.ManagerRoles);
        forums.MapPost("/{forumId:guid}/members/{membershipId:guid}/leave", async Task<NoContent> (Guid forumId, Guid membershipId, EndMembershipRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new EndMembership(forumId, membershipId, request.LeftOn), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Ends a membership on a date (today by default); it stays in the history. A date before joining: 422.")
            .WithRequestExample(new EndMembershipRequest(new DateOnly(2026, 6, 30)))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(forum)
            .WithName("EndForumMembership")
            .RequiresRoles(ForumAccess.ManagerRoles);

        forums.MapPost("/{forumId:guid}/invitations", async Task<Created<Guid>> (Guid forumId, InviteRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new InviteOrganisation(forumId, request.OrganisationId), ct);
                return TypedResults.Created($"/api/v1/operative-forums/forums/{forumId}", id);
            })
            .Idempotent()
            .WithSummary("Invites an organisation (e.g. an independent school) and records the invitation.")
            .WithRequestExample(new InviteRequest(Guid.Parse("a0000000-0000-4000-8000-000000000013")))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithETag(forum)
            .WithName("InviteOrganisation")
            .RequiresRoles(ForumAccess.ManagerRoles);
        forums.MapPost("/{forumId:guid}/invitations/{invitationId:guid}/answer", async Task<NoContent> (Guid forumId, Guid invitationId, AnswerInvitationRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new AnswerInvitation(forumId, invitationId, request.Accepted, request.AnsweredOn), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Records the answer to an invitation; accepting makes the organisation a member.")
            .WithRequestExample(new AnswerInvitationRequest(true, new DateOnly(2026, 3, 9)))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(forum)
            .WithName("AnswerInvitation")
            .RequiresRoles(ForumAccess.ManagerRoles);
    }
}
