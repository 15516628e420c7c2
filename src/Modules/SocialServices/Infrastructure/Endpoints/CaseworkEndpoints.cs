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
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Interventions.ListInterventionKinds;
using Samverkan.SocialServices.Application.Features.Interventions.RecordFollowUp;
using Samverkan.SocialServices.Application.Features.Interventions.StartIntervention;
using Samverkan.SocialServices.Application.Features.Investigations.CompleteInvestigation;
using Samverkan.SocialServices.Application.Features.Investigations.ExtendInvestigation;
using Samverkan.SocialServices.Application.Features.Investigations.GetInvestigation;
using Samverkan.SocialServices.Application.Features.Investigations.RecordAffectedInformed;
using Samverkan.SocialServices.Application.Features.Intakes.DecidePreliminaryAssessment;
using Samverkan.SocialServices.Application.Features.Intakes.ExtendPreliminaryAssessment;
using Samverkan.SocialServices.Application.Features.Intakes.GetIntake;
using Samverkan.SocialServices.Application.Features.Intakes.GiveFeedback;
using Samverkan.SocialServices.Application.Features.Intakes.ListIntakes;
using Samverkan.SocialServices.Application.Features.Intakes.RecordMeeting;
using Samverkan.SocialServices.Application.Features.Intakes.RecordProtectionAssessment;
using Samverkan.SocialServices.Application.Features.Intakes.RegisterDirectIntake;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Infrastructure.Persistence;

namespace Samverkan.SocialServices.Infrastructure.Endpoints;

/// <summary>Social services' side: intakes, assessments, investigations, interventions of the caller's district.</summary>
internal static class CaseworkEndpoints
{
    public sealed record RegisterIntakeRequest(
        [MaxLength(InputBounds.Code)] string DistrictCode,
        [LegalDate] DateTimeOffset ReceivedAt,
        [property: ValuesOf(typeof(IntakeChannels))][MaxLength(InputBounds.Code)] string Channel,
        [property: ValuesOf(typeof(ReporterKinds))][MaxLength(InputBounds.Code)] string ReporterKind,
        [MaxLength(InputBounds.Name)] string? ReporterOrganisationName,
        [MaxLength(InputBounds.Name)] string? ContactName,
        [MaxLength(InputBounds.Code)] string? ContactPhone,
        [MaxLength(InputBounds.Email)] string? ContactEmail,
        [MaxLength(InputBounds.PersonalIdentityNumber)] string? ChildIdentityNumber,
        [MaxLength(InputBounds.ShortText)] string? ChildDescription);

    public sealed record AssessmentRequest([MaxLength(InputBounds.LongText)] string Text);

    public sealed record FeedbackRequest([MaxLength(InputBounds.Text)] string Text);

    public sealed record ExtensionRequest([LegalDate] DateOnly NewDueDate, [MaxLength(InputBounds.Reason)] string Reason);

    public sealed record DecisionRequest(bool OpenInvestigation, [MaxLength(InputBounds.LongText)] string Reasons);

    public sealed record MeetingRequest([property: ValuesOf(typeof(MeetingStatuses), nameof(MeetingStatuses.Recordable))][MaxLength(InputBounds.Code)] string Status);

    public sealed record StartInterventionRequest(
        [property: ValuesOf(typeof(InterventionCatalogue), nameof(InterventionCatalogue.Codes))][MaxLength(InputBounds.Code)] string Kind,
        [MaxLength(InputBounds.Name)] string ConsentGivenBy, [LegalDate] DateOnly ConsentGivenOn, [LegalDate] DateOnly StartedOn, [Range(1, 52)] int? FollowUpEveryWeeks);

    public sealed record FollowUpRequest([LegalDate] DateOnly HeldOn);

    public sealed record AffectedInformedRequest([LegalDate] DateOnly InformedOn, [MaxLength(InputBounds.ShortText)] string InformedWho, [MaxLength(InputBounds.ShortText)] string How);

    public static void MapCaseworkEndpoints(this RouteGroupBuilder module)
    {
        var intake = VersionedResource.Aggregate<SocialServicesDbContext, Intake>("intakeId");
        var investigation = VersionedResource.Aggregate<SocialServicesDbContext, Investigation>("investigationId");
        var intakes = module.MapGroup("/intakes").WithTags("Social services");
        intakes.MapGet("/", async (IMediator mediator, CancellationToken ct, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListIntakes(page, pageSize), ct)))
            .WithSummary("Intakes of the caller's districts, newest first; paged.")
            .WithName("ListIntakes")
            .RequiresRoles(CaseAccess.SocialServicesRoles);
        intakes.MapPost("/", async (RegisterIntakeRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(
                    new RegisterDirectIntake(
                        r.DistrictCode ?? string.Empty, r.ReceivedAt, r.Channel ?? string.Empty, r.ReporterKind ?? string.Empty, r.ReporterOrganisationName,
                        r.ContactName, r.ContactPhone, r.ContactEmail, r.ChildIdentityNumber, r.ChildDescription),
                    ct);
                return TypedResults.Created($"/api/v1/social-services/intakes/{id}", id);
            })
            .Idempotent()
            .WithSummary("Registers a report from any reporter (police, health care, preschool, private person, anonymous, the child...) received in the past; the deadlines run from the receipt, the feedback week only for reporters obliged to report (19 kap. 6 § SoL).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("RegisterIntake")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new RegisterIntakeRequest(
                "ostermalm", new DateTimeOffset(2026, 3, 2, 21, 40, 0, TimeSpan.FromHours(1)), IntakeChannels.Phone, ReporterKinds.Police, "Polisen region Stockholm",
                "Inspektör Berg", "010-123 45 67", null, "20120820-2380", null));
        intakes.MapGet("/{intakeId:guid}", async (Guid intakeId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetIntake(intakeId), ct)))
            .WithSummary("One intake with its deadlines.")
            .WithETag(intake)
            .WithName("GetIntake")
            .RequiresRoles(CaseAccess.SocialServicesRoles);
        intakes.MapPost("/{intakeId:guid}/protection-assessment", async (Guid intakeId, AssessmentRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordProtectionAssessment(intakeId, r.Text ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Records the immediate protection assessment (20 kap. 1 § SoL).")
            .WithETag(intake)
            .WithName("RecordProtectionAssessment")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new AssessmentRequest("Inget akut skyddsbehov; barnet bor med båda vårdnadshavarna."));
        intakes.MapPost("/{intakeId:guid}/preliminary-assessment/extension", async (Guid intakeId, ExtensionRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new ExtendPreliminaryAssessment(intakeId, r.NewDueDate, r.Reason ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Extends the 14 days, only with the exceptional reason recorded.")
            .WithETag(intake)
            .WithName("ExtendPreliminaryAssessment")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new ExtensionRequest(new DateOnly(2026, 3, 30), "Vårdnadshavarna nås först efter utlandsresa"));
        intakes.MapPost("/{intakeId:guid}/decision", async (Guid intakeId, DecisionRequest r, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new DecidePreliminaryAssessment(intakeId, r.OpenInvestigation, r.Reasons ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Decides whether to open an investigation, with reasons.")
            .WithETag(intake)
            .WithName("DecidePreliminaryAssessment")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new DecisionRequest(true, "Oro för skolgången; risk för hemmasittande"));
        intakes.MapPost("/{intakeId:guid}/feedback", async (Guid intakeId, FeedbackRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new GiveFeedback(intakeId, r.Text ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Gives feedback to the reporting school (19 kap. 6 § SoL).")
            .WithETag(intake)
            .WithName("GiveFeedback")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new FeedbackRequest("En utredning har inletts."));
        intakes.MapPost("/{intakeId:guid}/meeting", async (Guid intakeId, MeetingRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordMeeting(intakeId, r.Status ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Records the meeting offered to the reporting school: offered, accepted or declined.")
            .WithETag(intake)
            .WithName("RecordReporterMeeting")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new MeetingRequest(MeetingStatuses.Offered));

        var investigations = module.MapGroup("/investigations").WithTags("Social services");
        investigations.MapGet("/{investigationId:guid}", async (Guid investigationId, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetInvestigation(investigationId), ct)))
            .WithETag(investigation)
            .WithName("GetInvestigation")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithSummary("One investigation with its deadline, extensions, the notice to those affected and its interventions.");
        investigations.MapPost("/{investigationId:guid}/extension", async (Guid investigationId, ExtensionRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new ExtendInvestigation(investigationId, r.NewDueDate, r.Reason ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Extends the four months by decision, with reason and new date.")
            .WithETag(investigation)
            .WithName("ExtendInvestigation")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new ExtensionRequest(new DateOnly(2026, 8, 31), "Utlåtande från BUP dröjer"));
        investigations.MapPost("/{investigationId:guid}/affected-informed", async (Guid investigationId, AffectedInformedRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordAffectedInformed(investigationId, r.InformedOn, r.InformedWho ?? string.Empty, r.How ?? string.Empty), ct)))
            .Idempotent()
            .WithSummary("Records that those affected were told the investigation opened (20 kap. 4 § SoL), meeting its same-day deadline. A date before the opening or after today: 422. Already recorded: 409.")
            .WithRequestExample(new AffectedInformedRequest(new DateOnly(2026, 3, 2), "vårdnadshavare och barnet", "brev"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag(investigation)
            .WithName("RecordAffectedInformed")
            .RequiresRoles(CaseAccess.SocialServicesRoles);
        investigations.MapPost("/{investigationId:guid}/completion", async (Guid investigationId, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new CompleteInvestigation(investigationId), ct)))
            .Idempotent()
            .WithETag(investigation)
            .WithName("CompleteInvestigation")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithSummary("Completes the investigation, meeting its four-month deadline.");
        investigations.MapPost("/{investigationId:guid}/interventions", async (Guid investigationId, StartInterventionRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new StartIntervention(investigationId, r.Kind ?? string.Empty, r.ConsentGivenBy ?? string.Empty, r.ConsentGivenOn, r.StartedOn, r.FollowUpEveryWeeks), ct);
                return TypedResults.Created($"/api/v1/social-services/interventions/{id}", id);
            })
            .Idempotent()
            .WithSummary("Starts an intervention from the catalogue, with the guardians' consent recorded.")
            .WithName("StartIntervention")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new StartInterventionRequest("family-treatment", "båda vårdnadshavarna", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 6), 8));

        module.MapPost("/interventions/{interventionId:guid}/follow-ups", async (Guid interventionId, FollowUpRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordFollowUp(interventionId, r.HeldOn), ct)))
            .Idempotent()
            .WithTags("Social services")
            .WithSummary("Records a follow-up held on a date; each is counted, also when several are recorded at the same moment.")
            .WithETag(VersionedResource.Aggregate<SocialServicesDbContext, Intervention>("interventionId"))
            .WithName("RecordInterventionFollowUp")
            .RequiresRoles(CaseAccess.SocialServicesRoles)
            .WithRequestExample(new FollowUpRequest(new DateOnly(2026, 6, 1)));
        module.MapGet("/intervention-kinds", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListInterventionKinds(), ct)))
            .WithTags("Social services")
            .WithSummary("The catalogue of interventions that stabilise schooling.")
            .WithName("ListInterventionKinds");
    }

    private static NoContent Done(Unit _) => TypedResults.NoContent();
}
