using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.SchoolAttendance.Application.Features.Interventions.ListInterventionKinds;
using Samverkan.SchoolAttendance.Application.Features.Interventions.RecordFollowUp;
using Samverkan.SchoolAttendance.Application.Features.Interventions.StartIntervention;
using Samverkan.SchoolAttendance.Application.Features.Investigations.CompleteInvestigation;
using Samverkan.SchoolAttendance.Application.Features.Investigations.ExtendInvestigation;
using Samverkan.SchoolAttendance.Application.Features.Investigations.GetInvestigation;
using Samverkan.SchoolAttendance.Application.Features.Investigations.RecordAffectedInformed;
using Samverkan.SchoolAttendance.Application.Features.SocialServices.DecidePreliminaryAssessment;
using Samverkan.SchoolAttendance.Application.Features.SocialServices.ExtendPreliminaryAssessment;
using Samverkan.SchoolAttendance.Application.Features.SocialServices.GetIntake;
using Samverkan.SchoolAttendance.Application.Features.SocialServices.GiveFeedback;
using Samverkan.SchoolAttendance.Application.Features.SocialServices.ListIntakes;
using Samverkan.SchoolAttendance.Application.Features.SocialServices.RecordMeeting;
using Samverkan.SchoolAttendance.Application.Features.SocialServices.RecordProtectionAssessment;

namespace Samverkan.SchoolAttendance.Infrastructure.Endpoints;

/// <summary>Social services' side: intakes, assessments, investigations, interventions of the caller's district.</summary>
internal static class SocialServicesEndpoints
{
    public sealed record AssessmentRequest([MaxLength(InputBounds.LongText)] string Text);

    public sealed record FeedbackRequest([MaxLength(InputBounds.Text)] string Text);

    public sealed record ExtensionRequest([LegalDate] DateOnly NewDueDate, [MaxLength(InputBounds.Reason)] string Reason);

    public sealed record DecisionRequest(bool OpenInvestigation, [MaxLength(InputBounds.LongText)] string Reasons);

    public sealed record MeetingRequest([MaxLength(InputBounds.Code)] string Status);

    public sealed record StartInterventionRequest(
        [MaxLength(InputBounds.Code)] string Kind, [MaxLength(InputBounds.Name)] string ConsentGivenBy, [LegalDate] DateOnly ConsentGivenOn, [LegalDate] DateOnly StartedOn, [Range(1, 52)] int? FollowUpEveryWeeks);

    public sealed record FollowUpRequest([LegalDate] DateOnly HeldOn);

    public sealed record AffectedInformedRequest([LegalDate] DateOnly InformedOn, [MaxLength(InputBounds.ShortText)] string InformedWho, [MaxLength(InputBounds.ShortText)] string How);

    public static void MapSocialServicesEndpoints(this RouteGroupBuilder module)
    {
        var intakes = module.MapGroup("/intakes").WithTags("Social services");
        intakes.MapGet("/", async (IMediator mediator, CancellationToken ct, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListIntakes(page, pageSize), ct)))
            .WithSummary("Intakes of the caller's districts, newest first; paged.");
        intakes.MapGet("/{intakeId:guid}", async (Guid intakeId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetIntake(intakeId), ct)))
            .WithSummary("One intake with its deadlines.");
        intakes.MapPost("/{intakeId:guid}/protection-assessment", async (Guid intakeId, AssessmentRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordProtectionAssessment(intakeId, r.Text ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Records the immediate protection assessment (20 kap. 1 § SoL).");
        intakes.MapPost("/{intakeId:guid}/preliminary-assessment/extension", async (Guid intakeId, ExtensionRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new ExtendPreliminaryAssessment(intakeId, r.NewDueDate, r.Reason ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Extends the 14 days, only with the exceptional reason recorded.");
        intakes.MapPost("/{intakeId:guid}/decision", async (Guid intakeId, DecisionRequest r, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new DecidePreliminaryAssessment(intakeId, r.OpenInvestigation, r.Reasons ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Decides whether to open an investigation, with reasons.");
        intakes.MapPost("/{intakeId:guid}/feedback", async (Guid intakeId, FeedbackRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new GiveFeedback(intakeId, r.Text ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Gives feedback to the reporting school (19 kap. 6 § SoL).");
        intakes.MapPost("/{intakeId:guid}/meeting", async (Guid intakeId, MeetingRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordMeeting(intakeId, r.Status ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Records the meeting offered to the reporting school: offered, accepted or declined.");

        var investigations = module.MapGroup("/investigations").WithTags("Social services");
        investigations.MapGet("/{investigationId:guid}", async (Guid investigationId, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetInvestigation(investigationId), ct)));
        investigations.MapPost("/{investigationId:guid}/extension", async (Guid investigationId, ExtensionRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new ExtendInvestigation(investigationId, r.NewDueDate, r.Reason ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Extends the four months by decision, with reason and new date.");
        investigations.MapPost("/{investigationId:guid}/affected-informed", async (Guid investigationId, AffectedInformedRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordAffectedInformed(investigationId, r.InformedOn, r.InformedWho ?? string.Empty, r.How ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Records that those affected were told the investigation opened (20 kap. 4 § SoL), meeting its same-day deadline. A date before the opening or after today: 422. Already recorded: 409.")
            .WithRequestExample(new AffectedInformedRequest(new DateOnly(2026, 3, 2), "vårdnadshavare och barnet", "brev"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        investigations.MapPost("/{investigationId:guid}/completion", async (Guid investigationId, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new CompleteInvestigation(investigationId), ct)))
            .Idempotent();
        investigations.MapPost("/{investigationId:guid}/interventions", async (Guid investigationId, StartInterventionRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new StartIntervention(investigationId, r.Kind ?? string.Empty, r.ConsentGivenBy ?? string.Empty, r.ConsentGivenOn, r.StartedOn, r.FollowUpEveryWeeks), ct);
                return TypedResults.Created($"/api/v1/school-attendance/interventions/{id}", id);
            })
            .Idempotent()
            .WithSummary("Starts an intervention from the catalogue, with the guardians' consent recorded.");

        module.MapPost("/interventions/{interventionId:guid}/follow-ups", async (Guid interventionId, FollowUpRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordFollowUp(interventionId, r.HeldOn), ct)))
            .Idempotent()
            .WithTags("Social services");
        module.MapGet("/intervention-kinds", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListInterventionKinds(), ct)))
            .WithTags("Social services")
            .WithSummary("The catalogue of interventions that stabilise schooling.");
    }

    private static NoContent Done(Unit _) => TypedResults.NoContent();
}
