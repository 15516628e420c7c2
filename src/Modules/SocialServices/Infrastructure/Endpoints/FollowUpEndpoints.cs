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
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.FollowUps;
using Samverkan.SocialServices.Domain.FollowUps;
using Samverkan.SocialServices.Infrastructure.Persistence;

namespace Samverkan.SocialServices.Infrastructure.Endpoints;

/// <summary>Follow-up of the child after an investigation closed without measures (23 kap. SoL).</summary>
internal static class FollowUpEndpoints
{
    public sealed record DecideFollowUpRequest(
        [LegalDate] DateOnly DecidedOn, [LegalDate] DateOnly EndsOn, [MaxLength(InputBounds.LongText)] string Reason, [LegalDate] DateOnly? ChildBornOn);

    public sealed record FollowUpConsentRequest(
        [property: ValuesOf(typeof(FollowUpConsentGivers))][MaxLength(InputBounds.Code)] string GivenBy,
        [property: ValuesOf(typeof(ConsentForms))][MaxLength(InputBounds.Code)] string Form,
        [LegalDate] DateOnly GivenOn);

    public sealed record ConsentWithdrawalRequest([LegalDate] DateOnly WithdrawnOn);

    public sealed record FollowUpContactRequest(
        [property: ValuesOf(typeof(FollowUpContactParties))][MaxLength(InputBounds.Code)] string Party,
        [MaxLength(InputBounds.Name)] string? OtherParty, [LegalDate] DateOnly HeldOn);

    public sealed record FollowUpOutcomeRequest(
        [property: ValuesOf(typeof(FollowUpOutcomes))][MaxLength(InputBounds.Code)] string Outcome,
        [MaxLength(InputBounds.LongText)] string? Note, [LegalDate] DateOnly EndedOn);

    public static void MapFollowUpEndpoints(this RouteGroupBuilder module)
    {
        module.MapPost("/investigations/{investigationId:guid}/follow-up", async (Guid investigationId, DecideFollowUpRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new DecideFollowUp(investigationId, r.DecidedOn, r.EndsOn, r.Reason ?? string.Empty, r.ChildBornOn), ct);
                return TypedResults.Created($"/api/v1/social-services/follow-ups/{id}", id);
            })
            .Idempotent()
            .WithTags("Social services")
            .WithSummary("Decides to follow up the child of an investigation closed without measures, to a day at most six months after the closing; its end is a deadline reminded to the case worker. Open, with interventions, or past the limit: 422. Decided already: 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("DecideFollowUpAfterClosing")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new DecideFollowUpRequest(new DateOnly(2026, 7, 2), new DateOnly(2026, 12, 31), "Oro kvarstår för skolgången; följs upp med familjen och skolan", null));

        var followUp = VersionedResource.Aggregate<SocialServicesDbContext, FollowUpAfterClosing>("followUpId");
        var followUps = module.MapGroup("/follow-ups/{followUpId:guid}").WithTags("Social services");
        followUps.MapGet("/", async (Guid followUpId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetFollowUp(followUpId), ct)))
            .WithETag(followUp)
            .WithName("GetFollowUpAfterClosing")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithSummary("One follow-up after closing with its consents, contacts, deadline and outcome.");
        followUps.MapPost("/consents", async (Guid followUpId, FollowUpConsentRequest r, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/social-services/follow-ups/{followUpId}", await mediator.Send(new RecordFollowUpConsent(followUpId, r.GivenBy ?? string.Empty, r.Form ?? string.Empty, r.GivenOn), ct)))
            .Idempotent()
            .WithETag(followUp)
            .WithName("RecordFollowUpConsent")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Records a guardian's or the child's consent to contacts with others than the child and the guardians, documented by the caller.")
            .WithRequestExample(new FollowUpConsentRequest(FollowUpConsentGivers.Guardian, ConsentForms.Written, new DateOnly(2026, 7, 6)));
        followUps.MapPost("/consents/{consentId:guid}/withdrawal", async (Guid followUpId, Guid consentId, ConsentWithdrawalRequest r, IMediator mediator, CancellationToken ct) =>
                Done(await mediator.Send(new WithdrawFollowUpConsent(followUpId, consentId, r.WithdrawnOn), ct)))
            .Idempotent()
            .WithETag(followUp)
            .WithName("WithdrawFollowUpConsent")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Withdraws a consent from a day on; contacts with others from that day are refused until a new consent is recorded.")
            .WithRequestExample(new ConsentWithdrawalRequest(new DateOnly(2026, 9, 1)));
        followUps.MapPost("/contacts", async (Guid followUpId, FollowUpContactRequest r, IMediator mediator, CancellationToken ct) =>
                Done(await mediator.Send(new RecordFollowUpContact(followUpId, r.Party ?? string.Empty, r.OtherParty, r.HeldOn), ct)))
            .Idempotent()
            .WithETag(followUp)
            .WithName("RecordFollowUpContact")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Records a contact; one with others than the child and the guardians needs a guardian's consent valid that day, and the child's own from 15 (422 naming the rule).")
            .WithRequestExample(new FollowUpContactRequest(FollowUpContactParties.Other, "skolan", new DateOnly(2026, 8, 20)));
        followUps.MapPost("/outcome", async (Guid followUpId, FollowUpOutcomeRequest r, IMediator mediator, CancellationToken ct) =>
                Done(await mediator.Send(new EndFollowUp(followUpId, r.Outcome ?? string.Empty, r.Note, r.EndedOn), ct)))
            .Idempotent()
            .WithETag(followUp)
            .WithName("EndFollowUpAfterClosing")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Ends the follow-up with its outcome, meeting its deadline; ended already: 422.")
            .WithRequestExample(new FollowUpOutcomeRequest(FollowUpOutcomes.NoFurtherAction, "Skolgången är stabil", new DateOnly(2026, 11, 30)));
    }

    private static NoContent Done(Unit _) => TypedResults.NoContent();
}
