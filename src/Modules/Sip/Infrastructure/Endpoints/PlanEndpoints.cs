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
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Closure;
using Samverkan.Sip.Application.Features.Collaboration;
using Samverkan.Sip.Application.Features.Consents;
using Samverkan.Sip.Application.Features.Measures;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Application.Features.Proposals;
using Samverkan.Sip.Application.Features.Statistics;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Plans;
using Samverkan.Sip.Infrastructure.Persistence;

namespace Samverkan.Sip.Infrastructure.Endpoints;

/// <summary>A SIP from proposal to agreement and follow-up, its consents, and reports of failed collaboration.</summary>
internal static class PlanEndpoints
{
    public sealed record ProposalRequest(
        [MaxLength(InputBounds.Code)] string DistrictCode, [MaxLength(InputBounds.Name)] string ChildName, [LegalDate] DateOnly ChildBirthDate,
        [property: ValuesOf(typeof(ChildSexes))][MaxLength(InputBounds.Code)] string ChildSex, [MaxLength(InputBounds.Text)] string Reason);

    public sealed record JudgementRequest(bool Needed, Guid? ConvenerOrganisationId, [MaxLength(InputBounds.Text)] string? Reason);

    public sealed record ParticipantRequest(Guid OrganisationId);

    public sealed record SipMeetingRequest([LegalDate] DateOnly HeldOn);

    public sealed record SipFollowUpRequest([LegalDate] DateOnly HeldOn, [LegalDate] DateOnly? NextFollowUpDate, [MaxLength(SipBounds.Measures)] IReadOnlyList<MeasureEffectInput>? Effects = null);

    /// <summary>A measure of the draft; <c>Id</c> of one of the plan's measures rewrites it (its progress and effect kept), without one it is new.</summary>
    public sealed record MeasureInput(
        [MaxLength(InputBounds.Text)] string Description, Guid ResponsibleOrganisationId, [MaxLength(InputBounds.Name)] string ResponsiblePerson,
        [LegalDate] DateOnly StartDate, [LegalDate] DateOnly DueDate, [property: ValuesOf(typeof(MeasureStatuses))][MaxLength(InputBounds.Code)] string Status,
        Guid? Id = null, [MaxLength(InputBounds.Name)] string? ResponsibleUserId = null, [LegalDate] DateOnly? ActualStartDate = null, [LegalDate] DateOnly? ActualEndDate = null,
        [MaxLength(InputBounds.Text)] string? FamilyPart = null, [MaxLength(InputBounds.Line)] string? OwnPlanReference = null);

    public sealed record MeasureProgressRequest(
        [property: ValuesOf(typeof(MeasureStatuses))][MaxLength(InputBounds.Code)] string Status, [LegalDate] DateOnly? ActualStartDate, [LegalDate] DateOnly? ActualEndDate);

    public sealed record DraftRequest(
        [MaxLength(InputBounds.LongText)] string? Needs, [MaxLength(InputBounds.LongText)] string? Goals, Guid? OverallResponsibleOrganisationId,
        [LegalDate] DateOnly? FollowUpDate, [MaxLength(SipBounds.Measures)] IReadOnlyList<MeasureInput>? Measures);

    public sealed record ConsentRequest(
        [MaxLength(InputBounds.Name)] string PersonName, [property: ValuesOf(typeof(ConsentingRoles))][MaxLength(InputBounds.Code)] string PersonRole,
        [MaxLength(InputBounds.Text)] string? MaturityJudgement, [MaxLength(SipBounds.Organisations)] IReadOnlyList<Guid> CoveredOrganisationIds,
        [MaxLength(10)] IReadOnlyList<string>? ExcludedInformation, [LegalDate] DateOnly ValidFrom, [LegalDate] DateOnly? ValidUntil,
        [property: ValuesOf(typeof(ConsentForms))][MaxLength(InputBounds.Code)] string Form, [MaxLength(InputBounds.Name)] string DocumentedBy);

    public sealed record FailureRequest(
        [MaxLength(InputBounds.Text)] string Description, [MaxLength(SipBounds.Organisations)] IReadOnlyList<Guid> ConcernedOrganisationIds, [LegalDate] DateOnly OccurredOn);

    public sealed record MeasureEffectInput(Guid MeasureId, [MaxLength(InputBounds.Text)] string Effect);

    public sealed record EvaluationRequest(
        [LegalDate] DateOnly EvaluatedOn, [MaxLength(InputBounds.LongText)] string Summary, [MaxLength(SipBounds.Measures)] IReadOnlyList<MeasureEffectInput>? Effects);

    public sealed record ClosureRequest([MaxLength(InputBounds.Code)] string Reason, [MaxLength(InputBounds.Text)] string? Note);

    public static void MapPlanEndpoints(this RouteGroupBuilder module)
    {
        var plan = VersionedResource.Aggregate<SipDbContext, SipPlan>("planId");
        var plans = module.MapGroup("/plans").WithTags("SIP");
        plans.MapPost("/", async (ProposalRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new ProposePlan(r.DistrictCode ?? string.Empty, r.ChildName ?? string.Empty, r.ChildBirthDate, r.ChildSex ?? string.Empty, r.Reason ?? string.Empty), ct);
                return TypedResults.Created($"/api/v1/sip/plans/{id}", id);
            })
            .Idempotent()
            .WithSummary("Proposes a SIP for a child of a district; any party may (social services, the region, preschool, school, police). The district's municipality and region judge it.")
            .WithName("ProposeSip")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new ProposalRequest("ostermalm", "Alva Andersson", new DateOnly(2014, 4, 2), ChildSexes.Female, "Stor frånvaro; behöver både socialtjänst och BUP"));
        plans.MapGet("/{planId:guid}", async (Guid planId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetPlan(planId), ct)))
            .WithSummary("One SIP as the caller's organisation may see it: the convener everything; others the content only while a valid consent covers them, less what it excludes; the proposer the judgement and its reason.")
            .WithETag(plan)
            .WithName("GetSip")
            .RequiresRoles(PlanAccess.SipRoles);
        plans.MapPost("/{planId:guid}/judgement", async (Guid planId, JudgementRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new JudgeProposal(planId, r.Needed, r.ConvenerOrganisationId, r.Reason), ct)))
            .Idempotent()
            .WithSummary("The municipality's or region's judgement: needed (naming the convener, default the judging organisation; opens the time to the first meeting) or not needed with a reason the proposer reads.")
            .WithETag(plan)
            .WithName("JudgeSipProposal")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new JudgementRequest(true, null, null));
        plans.MapPost("/{planId:guid}/participants", async (Guid planId, ParticipantRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new AddParticipant(planId, r.OrganisationId), ct)))
            .Idempotent()
            .WithSummary("The convener summons an organiser or invites another organisation (school, preschool, police) to take part.")
            .WithETag(plan)
            .WithName("AddSipParticipant")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new ParticipantRequest(Guid.Parse("a0000000-0000-4000-8000-000000000020")));
        plans.MapPost("/{planId:guid}/first-meeting", async (Guid planId, SipMeetingRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordFirstMeeting(planId, r.HeldOn), ct)))
            .Idempotent()
            .WithSummary("The convener records the first SIP meeting, meeting its time limit.")
            .WithETag(plan)
            .WithName("RecordSipFirstMeeting")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new SipMeetingRequest(new DateOnly(2026, 3, 16)));
        plans.MapPut("/{planId:guid}/draft", async (Guid planId, DraftRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new ReviseDraft(
                planId, r.Needs, r.Goals, r.OverallResponsibleOrganisationId, r.FollowUpDate,
                [.. (r.Measures ?? []).OfType<MeasureInput>().Select(m => new MeasureDraft(
                    m.Id, m.Description ?? string.Empty, m.ResponsibleOrganisationId, m.ResponsiblePerson ?? string.Empty, m.ResponsibleUserId, m.StartDate, m.DueDate, m.Status ?? string.Empty,
                    m.ActualStartDate, m.ActualEndDate, m.FamilyPart, m.OwnPlanReference))]), ct)))
            .WithSummary("Writes the plan's draft: needs and goals, measures, overall responsibility, follow-up date. After agreement this starts the next version; agreed versions stay unchanged.")
            .WithETag(plan)
            .WithName("ReviseSipDraft")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new DraftRequest(
                "Alva vill kunna gå till skolan utan ångest", "Närvaro 80 % till sommaren", Guid.Parse("a0000000-0000-4000-8000-000000000001"), new DateOnly(2026, 5, 4),
                [new MeasureInput("Samtalsstöd varje vecka", Guid.Parse("a0000000-0000-4000-8000-000000000020"), "Kim Berg", new DateOnly(2026, 3, 16), new DateOnly(2026, 6, 12), MeasureStatuses.Planned,
                    FamilyPart: "Alva går till samtalen; mamma följer med första gången"),
                 new MeasureInput("Anpassad studiegång i matematik", Guid.Parse("a0000000-0000-4000-8000-000000000010"), "Rektor Maria Holm", new DateOnly(2026, 3, 16), new DateOnly(2026, 6, 12), MeasureStatuses.Planned,
                    OwnPlanReference: "Åtgärdsprogram 2026-03-09, Engelbrektsskolan")]));
        plans.MapPost("/{planId:guid}/approval", async (Guid planId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ApprovePlan(planId), ct)))
            .Idempotent()
            .WithSummary("An organiser taking part approves the draft; the last organiser's approval agrees it as a new, unchanging version. Without overall responsibility and follow-up date: 422.")
            .WithETag(plan)
            .WithName("ApproveSip")
            .RequiresRoles(PlanAccess.SipRoles);
        plans.MapGet("/{planId:guid}/versions/{number:int}", async (Guid planId, [Range(1, 10_000)] int number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPlanVersion(planId, number), ct)))
            .WithSummary("An agreed version exactly as agreed, gated by consent like the plan.")
            .WithName("GetSipVersion")
            .RequiresRoles(PlanAccess.SipRoles);
        plans.MapPost("/{planId:guid}/follow-ups", async (Guid planId, SipFollowUpRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordFollowUp(planId, r.HeldOn, r.NextFollowUpDate, [.. (r.Effects ?? []).OfType<MeasureEffectInput>().Select(e => new MeasureEffect(e.MeasureId, e.Effect ?? string.Empty))]), ct)))
            .Idempotent()
            .WithSummary("Records a follow-up held, meeting its deadline, with the effect of measures judged (by measure id); a next date opens the next one.")
            .WithETag(plan)
            .WithName("RecordSipFollowUp")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new SipFollowUpRequest(new DateOnly(2026, 5, 4), new DateOnly(2026, 8, 24)));
        plans.MapPost("/{planId:guid}/measures/{measureId:guid}/progress", async (Guid planId, Guid measureId, MeasureProgressRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new RecordMeasureProgress(planId, measureId, r.Status ?? string.Empty, r.ActualStartDate, r.ActualEndDate), ct)))
            .Idempotent()
            .WithSummary("The responsible organisation (or the convener) records how far a measure has come: status and actual dates. Not a change of the plan: no new version. Delivered meets the measure's deadline, cancelled cancels it.")
            .WithETag(plan)
            .WithName("RecordSipMeasureProgress")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new MeasureProgressRequest(MeasureStatuses.Delivered, new DateOnly(2026, 3, 16), new DateOnly(2026, 6, 5)));
        plans.MapPost("/{planId:guid}/consents", async (Guid planId, ConsentRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new RecordConsent(
                    planId, r.PersonName ?? string.Empty, r.PersonRole ?? string.Empty, r.MaturityJudgement, r.CoveredOrganisationIds ?? [], r.ExcludedInformation ?? [],
                    r.ValidFrom, r.ValidUntil, r.Form ?? string.Empty, r.DocumentedBy ?? string.Empty), ct);
                return TypedResults.Created($"/api/v1/sip/plans/{planId}/consents/{id}", id);
            })
            .Idempotent()
            .WithSummary("The convener records one person's consent (a guardian, or the child with a maturity judgement): organisations covered, information excluded, validity, form and who documented it.")
            .WithName("RecordSipConsent")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new ConsentRequest(
                "Sara Andersson", ConsentingRoles.Guardian, null, [Guid.Parse("a0000000-0000-4000-8000-000000000020")], [PlanInformation.Needs],
                new DateOnly(2026, 3, 2), new DateOnly(2027, 3, 1), ConsentForms.Written, "Eva Lund, socialsekreterare"));
        plans.MapPost("/{planId:guid}/consents/{consentId:guid}/withdrawal", async (Guid planId, Guid consentId, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new WithdrawConsent(planId, consentId), ct)))
            .Idempotent()
            .WithSummary("Records that a consent was withdrawn; from that moment no organisation but the convener reads the plan.")
            .WithName("WithdrawSipConsent")
            .RequiresRoles(PlanAccess.SipRoles);
        plans.MapPost("/{planId:guid}/collaboration-failures", async (Guid planId, FailureRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new ReportCollaborationFailure(planId, r.Description ?? string.Empty, r.ConcernedOrganisationIds ?? [], r.OccurredOn), ct);
                return TypedResults.Created($"/api/v1/sip/plans/{planId}", id);
            })
            .Idempotent()
            .WithSummary("Reports from a plan that collaboration failed; BUS receives it as a deviation about organisations, without the child's identity.")
            .WithName("ReportSipCollaborationFailure")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new FailureRequest("Skolan kallades men kom inte till två SIP-möten", [Guid.Parse("a0000000-0000-4000-8000-000000000010")], new DateOnly(2026, 3, 20)));
    }

    public static void MapClosureEndpoints(this RouteGroupBuilder module)
    {
        var plan = VersionedResource.Aggregate<SipDbContext, SipPlan>("planId");
        var plans = module.MapGroup("/plans").WithTags("SIP");
        plans.MapPost("/{planId:guid}/evaluation", async (Guid planId, EvaluationRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new EvaluatePlan(
                planId, r.EvaluatedOn, r.Summary ?? string.Empty, [.. (r.Effects ?? []).OfType<MeasureEffectInput>().Select(e => new MeasureEffect(e.MeasureId, e.Effect ?? string.Empty))]), ct)))
            .Idempotent()
            .WithSummary("The convener or an organiser evaluates an agreed plan: the effect of each measure judged (by measure id) and the whole in words.")
            .WithETag(plan)
            .WithName("EvaluateSip")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new EvaluationRequest(
                new DateOnly(2026, 6, 15), "Närvaron har ökat till 85 %; Alva säger att skolan känns tryggare",
                [new MeasureEffectInput(Guid.Parse("b0000000-0000-4000-8000-000000000001"), "God effekt: Alva går till skolan fyra dagar av fem")]));
        plans.MapPost("/{planId:guid}/closure", async (Guid planId, ClosureRequest r, IMediator mediator, CancellationToken ct) =>
            Done(await mediator.Send(new ClosePlan(planId, r.Reason ?? string.Empty, r.Note), ct)))
            .Idempotent()
            .WithSummary("The convener or an organiser closes the plan with a reason from GET /sip/closure-reasons; its running deadlines are cancelled and no reminder follows.")
            .WithETag(plan)
            .WithName("CloseSip")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new ClosureRequest("goals-reached", "Utvärderad 15 juni; familjen och skolan är nöjda"));
        module.MapGet("/closure-reasons", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListClosureReasons(), ct)))
            .WithTags("SIP")
            .WithSummary("The reasons a SIP is closed with (configuration Sip:ClosureReasons), and consent-withdrawn, which the module records itself.")
            .WithName("ListSipClosureReasons")
            .RequiresRoles(PlanAccess.SipRoles);
    }

    public static void MapSipStatisticsEndpoints(this RouteGroupBuilder module) =>
        module.MapGet("/statistics/districts/{districtCode}", async ([MaxLength(InputBounds.Code)] string districtCode, [LegalDate] DateOnly from, [LegalDate] DateOnly to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSipStatistics(districtCode, from, to), ct)))
            .WithTags("Statistics")
            .WithSummary("SIPs proposed in a district, judged needed and agreed, by the proposer's organisation kind and the child's sex; counts under 5 as \"<5\".")
            .WithName("GetSipStatistics")
            .RequiresRoles(GetSipStatisticsHandler.ReaderRoles);

    private static NoContent Done(Unit _) => TypedResults.NoContent();
}
