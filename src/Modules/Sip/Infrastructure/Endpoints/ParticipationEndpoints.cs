using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Participation;
using Samverkan.Sip.Application.Features.Statistics;
using Samverkan.Sip.Domain.Participation;

namespace Samverkan.Sip.Infrastructure.Endpoints;

/// <summary>The child's participation in the plan, and the family's short feedback (reported only as counts).</summary>
internal static class ParticipationEndpoints
{
    public sealed record ChildParticipationRequest(
        Guid? MeetingId, [LegalDate] DateOnly TookPartOn, [MaxLength(5)] IReadOnlyList<string> Ways, [MaxLength(InputBounds.Name)] string? Representative,
        [MaxLength(InputBounds.Text)] string? Adaptations);

    public sealed record FamilyFeedbackRequest([Range(1, FamilyFeedback.ScaleMax)] int ListenedTo, [Range(1, FamilyFeedback.ScaleMax)] int Helped);

    public static void MapParticipationEndpoints(this RouteGroupBuilder module)
    {
        var plans = module.MapGroup("/plans/{planId:guid}").WithTags("SIP");
        plans.MapPost("/child-participation", async (Guid planId, ChildParticipationRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new RecordChildParticipation(planId, r.MeetingId, r.TookPartOn, [.. (r.Ways ?? []).OfType<string>()], r.Representative, r.Adaptations), ct);
                return TypedResults.Created($"/api/v1/sip/plans/{planId}/child-participation", id);
            })
            .Idempotent()
            .WithSummary("The convener records how the child took part (present, by phone, through a representative, a written or drawn statement) and the adaptations made.")
            .WithName("RecordSipChildParticipation")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new ChildParticipationRequest(
                null, new DateOnly(2026, 3, 16), [ParticipationWays.DrawnStatement, ParticipationWays.ThroughRepresentative], "Skolkurator Jonas Ek",
                "Alva ritade hur en bra skoldag ser ut; kuratorn visade teckningen på mötet"));
        plans.MapGet("/child-participation", async (Guid planId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListChildParticipation(planId), ct)))
            .WithSummary("How the child took part, for the convener and for organisations a consent in force shows the child to.")
            .WithName("ListSipChildParticipation")
            .RequiresRoles(PlanAccess.SipRoles);
        plans.MapPost("/family-feedback", async (Guid planId, FamilyFeedbackRequest r, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new GiveFamilyFeedback(planId, r.ListenedTo, r.Helped), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithSummary("The convener records the family's optional short feedback (listened to, helped: 1 to 5), once per plan; it is only ever reported as counts.")
            .WithName("GiveSipFamilyFeedback")
            .RequiresRoles(PlanAccess.SipRoles)
            .WithRequestExample(new FamilyFeedbackRequest(4, 5));
        module.MapGet("/statistics/districts/{districtCode}/participation", async ([MaxLength(InputBounds.Code)] string districtCode, [LegalDate] DateOnly from, [LegalDate] DateOnly to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetParticipationStatistics(districtCode, from, to), ct)))
            .WithTags("Statistics")
            .WithSummary("How children took part in SIPs of a district, and the families' feedback by score; counts only, those under 5 as \"<5\".")
            .WithName("GetSipParticipationStatistics")
            .RequiresRoles(GetSipStatisticsHandler.ReaderRoles);
    }
}
