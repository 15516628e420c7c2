using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.OperativeForums.Application.Features.Agreements.ListAgreements;
using Samverkan.OperativeForums.Application.Features.Agreements.RegisterAgreement;
using Samverkan.OperativeForums.Application.Features.Agreements.ReviseAgreement;
using Samverkan.OperativeForums.Application.Features.Contacts.AssignContactPerson;
using Samverkan.OperativeForums.Application.Features.Contacts.ListContactPersons;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Agreements;
using Samverkan.OperativeForums.Infrastructure.Persistence;

namespace Samverkan.OperativeForums.Infrastructure.Endpoints;

/// <summary>Schools' contact persons in social services, and districts' collaboration agreements (seed 004).</summary>
internal static class ContactAndAgreementEndpoints
{
    public sealed record AssignContactPersonRequest([MaxLength(InputBounds.Name)] string ContactUserId, [MaxLength(InputBounds.Name)] string ContactName, [LegalDate] DateOnly? EffectiveFrom);

    public sealed record RegisterAgreementRequest(
        [MaxLength(InputBounds.Code)] string DistrictCode, [MaxLength(InputBounds.ListItems)] IReadOnlyList<Guid> Parties, [LegalDate] DateOnly SignedOn, [Range(1, 60)] int RevisionIntervalMonths, Guid? ResponsibleOrganisationId);

    public sealed record ReviseAgreementRequest([LegalDate] DateOnly? RevisedOn, [MaxLength(InputBounds.Text)] string? Note);

    public static void MapContactAndAgreementEndpoints(this RouteGroupBuilder module)
    {
        var contacts = module.MapGroup("/districts/{district}/school-contacts").WithTags("Contact persons");
        contacts.MapGet("/", async ([MaxLength(InputBounds.Code)] string district, IMediator mediator, CancellationToken ct, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListContactPersons(district, page, pageSize), ct)))
            .WithSummary("The district's schools with their current social-services contact person and the earlier ones; paged.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListSchoolContactPersons");
        contacts.MapPut("/{schoolId:guid}", async Task<NoContent> ([MaxLength(InputBounds.Code)] string district, Guid schoolId, AssignContactPersonRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new AssignContactPerson(schoolId, district, request.ContactUserId, request.ContactName, request.EffectiveFrom), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Designates or changes the school's contact person from a date (today by default); the school is notified, the earlier contact kept in the history.")
            .WithRequestExample(new AssignContactPersonRequest("socialsekreterare.ostermalm", "Sara Socialsekreterare", new DateOnly(2026, 3, 1)))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(VersionedResource.Computed(CurrentContactTagAsync))
            .WithName("AssignContactPerson")
            .RequiresRoles(ForumAccess.ManagerRoles);

        var agreements = module.MapGroup("/agreements").WithTags("Agreements");
        agreements.MapGet("/", async (IMediator mediator, CancellationToken ct, [MaxLength(InputBounds.Code)] string? district = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListAgreements(district, page, pageSize), ct)))
            .WithSummary("Local collaboration agreements of the caller's districts with their next revision and whether it is overdue; paged.")
            .WithName("ListAgreements");
        agreements.MapPost("/", async Task<Created<Guid>> (RegisterAgreementRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(
                    new RegisterAgreement(request.DistrictCode, request.Parties ?? [], request.SignedOn, request.RevisionIntervalMonths, request.ResponsibleOrganisationId), ct);
                return TypedResults.Created($"/api/v1/operative-forums/agreements?district={request.DistrictCode}", id);
            })
            .Idempotent()
            .WithSummary("Records a district's signed agreement; its first revision falls due after the revision interval and is reminded of when overdue.")
            .WithRequestExample(new RegisterAgreementRequest("ostermalm", [Guid.Parse("a0000000-0000-4000-8000-000000000001"), Guid.Parse("a0000000-0000-4000-8000-000000000010"), Guid.Parse("a0000000-0000-4000-8000-000000000030")], new DateOnly(2025, 9, 1), 12, null))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RegisterAgreement")
            .RequiresRoles(ForumAccess.ManagerRoles);
        agreements.MapPost("/{agreementId:guid}/revisions", async Task<NoContent> (Guid agreementId, ReviseAgreementRequest request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReviseAgreement(agreementId, request.RevisedOn, request.Note), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("Records a revision (today by default): the due revision is met and the next one falls due.")
            .WithRequestExample(new ReviseAgreementRequest(new DateOnly(2026, 8, 25), "Polisen åter part"))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(VersionedResource.Aggregate<OperativeForumsDbContext, CollaborationAgreement>("agreementId"))
            .WithName("ReviseAgreement")
            .RequiresRoles(ForumAccess.ManagerRoles);
    }

    // The school's current contact person is a row replaced by each assignment: its tag names the row and its
    // version, so a tag read before a replacement never matches the new row. No contact yet: If-None-Match: *.
    private static async Task<string?> CurrentContactTagAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var district = context.GetRouteValue("district")?.ToString();
        if (!Guid.TryParse(context.GetRouteValue("schoolId")?.ToString(), out var schoolId) || district is null)
        {
            return null;
        }

        var current = await context.RequestServices.GetRequiredService<OperativeForumsDbContext>().SchoolContactPersons.AsNoTracking()
            .Where(c => c.SchoolId == schoolId && c.DistrictCode == district && c.EffectiveTo == null)
            .Select(c => new { c.Id, Version = EF.Property<long>(c, AggregateVersioning.PropertyName) })
            .SingleOrDefaultAsync(cancellationToken);
        return current is null ? null : FormattableString.Invariant($"{current.Id:N}.{current.Version}");
    }
}
