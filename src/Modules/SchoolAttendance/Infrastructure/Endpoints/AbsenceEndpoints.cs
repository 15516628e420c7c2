using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Application.Features.Absence.CompleteAbsenceStep;
using Samverkan.SchoolAttendance.Application.Features.Absence.ConfigureAbsenceLadder;
using Samverkan.SchoolAttendance.Application.Features.Absence.GetAbsenceLadder;
using Samverkan.SchoolAttendance.Application.Features.Absence.GetAttendanceSummary;
using Samverkan.SchoolAttendance.Application.Features.Absence.ListAbsenceSteps;
using Samverkan.SchoolAttendance.Application.Features.Absence.RecordAbsencePeriod;
using Samverkan.SchoolAttendance.Domain.Absence;
using Samverkan.SchoolAttendance.Infrastructure.Persistence;

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
        var ladder = VersionedResource.Computed(LadderTagAsync);
        var ladders = module.MapGroup("/organisers/{organiserId:guid}/absence-ladder").WithTags("Absence");
        ladders.MapPut("/", async (Guid organiserId, LadderRequest r, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ConfigureAbsenceLadder(organiserId, r.Steps ?? []), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Replaces the organiser's escalation ladder (steps, thresholds, due days). The organiser only. If-Match with the ladder's ETag, or If-None-Match: * for the first ladder.")
            .WithETag(ladder)
            .WithName("ConfigureAbsenceLadder")
            .RequiresRoles([Roles.SchoolOrganiser])
            .WithRequestExample(new LadderRequest([new LadderStepInput("Vårdnadshavare kontaktas", AbsenceMeasures.Unexcused, 0m, 1, null), new LadderStepInput("Rektor utreder frånvaron", AbsenceMeasures.Total, 15m, 21, "7 kap. 19 a § skollagen")]));
        ladders.MapGet("/", async (Guid organiserId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAbsenceLadder(organiserId), ct)))
            .WithETag(ladder)
            .WithName("GetAbsenceLadder")
            .WithSummary("The organiser's escalation ladder, for its schools and itself.");

        module.MapPost("/pupils/{pupilId:guid}/absence-periods", async (Guid pupilId, AbsencePeriodRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var period = await mediator.Send(new RecordAbsencePeriod(pupilId, r.FromDate, r.ToDate, r.ScheduledMinutes, r.ExcusedMinutes, r.UnexcusedMinutes), ct);
                return TypedResults.Created($"/api/v1/school-attendance/pupils/{pupilId}/absence-steps", period);
            })
            .Idempotent()
            .WithTags("Absence")
            .WithSummary("Records a period's absence; thresholds crossed open the ladder's next steps with due dates.")
            .WithName("RecordAbsencePeriod")
            .RequiresRoles(CaseAccess.SchoolOrOrganiserRoles)
            .WithRequestExample(new AbsencePeriodRequest(new DateOnly(2026, 2, 9), new DateOnly(2026, 2, 27), 4200, 300, 720));
        module.MapGet("/pupils/{pupilId:guid}/absence-steps", async (Guid pupilId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListAbsenceSteps(pupilId), ct)))
            .WithTags("Absence")
            .WithName("ListAbsenceSteps")
            .RequiresRoles(CaseAccess.SchoolOrOrganiserRoles)
            .WithSummary("The ladder steps the pupil's absence has opened, with due dates and whether they are done.");
        module.MapGet("/pupils/{pupilId:guid}/attendance-summary", async (Guid pupilId, IMediator mediator, CancellationToken ct, [LegalDate] DateOnly? inTermOf = null) =>
                TypedResults.Ok(await mediator.Send(new GetAttendanceSummary(pupilId, inTermOf), ct)))
            .WithTags("Absence")
            .WithName("GetAttendanceSummary")
            .RequiresRoles(CaseAccess.SchoolOrOrganiserRoles)
            .WithSummary("A term's absence for the pupil's school: periods added up, shares of the scheduled time, and the ladder steps reached. The term (January-June or July-December) of inTermOf, today by default.");
        module.MapPost("/absence-steps/{stepId:guid}/completion", async (Guid stepId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CompleteAbsenceStep(stepId), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithTags("Absence")
            .WithName("CompleteAbsenceStep")
            .RequiresRoles(CaseAccess.SchoolStaffRoles)
            .WithSummary("Marks an opened ladder step done, meeting its deadline.");
    }

    // A ladder is a set of rows replaced as a whole, not one aggregate: its tag is a digest of the rows' PostgreSQL
    // row versions (xmin), which every replacement changes; no rows, no ladder (create with If-None-Match: *).
    private static async Task<string?> LadderTagAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.GetRouteValue("organiserId")?.ToString(), out var organiserId))
        {
            return null;
        }

        var db = context.RequestServices.GetRequiredService<SchoolAttendanceDbContext>();
        return await db.Database
            .SqlQuery<string?>($"""
                SELECT md5(string_agg("order"::text || ':' || xmin::text, ',' ORDER BY "order")) AS "Value"
                FROM school_attendance.absence_ladder_steps WHERE organiser_id = {organiserId}
                """)
            .SingleAsync(cancellationToken);
    }
}
