using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.SchoolAttendance.Application.Features.Absence.CompleteAbsenceStep;
using Samverkan.SchoolAttendance.Application.Features.Absence.ConfigureAbsenceLadder;
using Samverkan.SchoolAttendance.Application.Features.Absence.GetAbsenceLadder;
using Samverkan.SchoolAttendance.Application.Features.Absence.ListAbsenceSteps;
using Samverkan.SchoolAttendance.Application.Features.Absence.RecordAbsencePeriod;

namespace Samverkan.SchoolAttendance.Infrastructure.Endpoints;

/// <summary>Absence and the organisers' escalation ladders.</summary>
internal static class AbsenceEndpoints
{
    public sealed record LadderRequest([MaxLength(ConfigureAbsenceLadderValidator.MaxSteps)] IReadOnlyList<LadderStepInput> Steps);

    public sealed record AbsencePeriodRequest(
        [LegalDate] DateOnly FromDate,
        [LegalDate] DateOnly ToDate,
        [Range(1, InputBounds.PeriodMinutes)] int ScheduledMinutes,
        [Range(0, InputBounds.PeriodMinutes)] int ExcusedMinutes,
        [Range(0, InputBounds.PeriodMinutes)] int UnexcusedMinutes);

    public static void MapAbsenceEndpoints(this RouteGroupBuilder module)
    {
        var ladders = module.MapGroup("/organisers/{organiserId:guid}/absence-ladder").WithTags("Absence");
        ladders.MapPut("/", async (Guid organiserId, LadderRequest r, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ConfigureAbsenceLadder(organiserId, r.Steps ?? []), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Replaces the organiser's escalation ladder (steps, thresholds, due days). The organiser only.");
        ladders.MapGet("/", async (Guid organiserId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAbsenceLadder(organiserId), ct)));

        module.MapPost("/pupils/{pupilId:guid}/absence-periods", async (Guid pupilId, AbsencePeriodRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var period = await mediator.Send(new RecordAbsencePeriod(pupilId, r.FromDate, r.ToDate, r.ScheduledMinutes, r.ExcusedMinutes, r.UnexcusedMinutes), ct);
                return TypedResults.Created($"/api/v1/school-attendance/pupils/{pupilId}/absence-steps", period);
            })
            .Idempotent()
            .WithTags("Absence")
            .WithSummary("Records a period's absence; thresholds crossed open the ladder's next steps with due dates.");
        module.MapGet("/pupils/{pupilId:guid}/absence-steps", async (Guid pupilId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListAbsenceSteps(pupilId), ct)))
            .WithTags("Absence");
        module.MapPost("/absence-steps/{stepId:guid}/completion", async (Guid stepId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CompleteAbsenceStep(stepId), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithTags("Absence");
    }
}
