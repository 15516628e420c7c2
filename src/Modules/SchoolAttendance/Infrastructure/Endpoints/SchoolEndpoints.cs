using Samverkan.BuildingBlocks.Domain.Identity;
using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Application.Features.Pupils.GetPupil;
using Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;
using Samverkan.SchoolAttendance.Application.Features.Pupils.RegisterPupil;
using Samverkan.SchoolAttendance.Application.Features.Reports.GetReportStatus;
using Samverkan.SchoolAttendance.Application.Features.Reports.RequestFeedback;
using Samverkan.SchoolAttendance.Application.Features.Reports.SendReportOfConcern;
using Samverkan.SchoolAttendance.Application.Features.Suspensions.DecideSuspension;
using Samverkan.SchoolAttendance.Application.Features.Suspensions.ListSuspensions;
using Samverkan.SchoolAttendance.Domain.Pupils;

namespace Samverkan.SchoolAttendance.Infrastructure.Endpoints;

/// <summary>The school's side: pupils, suspensions, reports of concern. Access is decided in the handlers.</summary>
internal static class SchoolEndpoints
{
    public sealed record RegisterPupilRequest(
        [MaxLength(InputBounds.PersonalIdentityNumber)] string PersonalIdentityNumber,
        Guid SchoolId,
        Guid OrganiserId,
        [MaxLength(InputBounds.Code)] string HomeDistrictCode,
        [property: ValuesOf(typeof(SchoolForms))][MaxLength(InputBounds.Code)] string SchoolForm,
        bool HasProtectedIdentity,
        [MaxLength(InputBounds.Line)] string? Address);

    public sealed record DecideSuspensionRequest(
        [LegalDate] DateOnly StartDate,
        [LegalDate] DateOnly EndDate,
        [MaxLength(InputBounds.Text)] string Reason,
        [LegalDate] DateOnly? HearingHeldOn,
        [MaxLength(InputBounds.Text)] string? HearingNotes,
        [MaxLength(InputBounds.Text)] string? CompensatoryTeaching,
        [LegalDate] DateOnly? SocialServicesConsultedOn);

    public sealed record SendReportRequest([MaxLength(InputBounds.LongText)] string Observations);

    public static void MapSchoolEndpoints(this RouteGroupBuilder module)
    {
        var pupils = module.MapGroup("/pupils").WithTags("School");
        pupils.MapGet("/", async (IMediator mediator, CancellationToken ct, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListPupils(page, pageSize), ct)))
            .WithSummary("The pupils of the caller's own school; paged.")
            .WithName("ListPupils")
            .RequiresRoles(ListPupilsHandler.SchoolStaffRoles);
        pupils.MapPost("/", async (RegisterPupilRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new RegisterPupil(r.PersonalIdentityNumber ?? string.Empty, r.SchoolId, r.OrganiserId, r.HomeDistrictCode ?? string.Empty, r.SchoolForm ?? string.Empty, r.HasProtectedIdentity, r.Address), ct);
                return TypedResults.Created($"/api/v1/school-attendance/pupils/{id}", id);
            })
            .Idempotent()
            .WithSummary("Registers a pupil of the caller's school (personnummer or samordningsnummer, validated).")
            .WithName("RegisterPupil")
            .RequiresRoles(CaseAccess.SchoolStaffRoles)
            .WithRequestExample(new RegisterPupilRequest("20120820-2384", Guid.Parse("a0000000-0000-4000-8000-000000000010"), Guid.Parse("a0000000-0000-4000-8000-000000000050"), "ostermalm", SchoolForms.Compulsory, false, "Storgatan 1, Stockholm"));
        pupils.MapGet("/{pupilId:guid}", async (Guid pupilId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetPupil(pupilId), ct)))
            .WithSummary("A pupil as the caller may see them: identity number, and with protected identity address and school, only within the pupil's own case.")
            .WithName("GetPupil")
            .RequiresRoles([.. CaseAccess.SchoolOrOrganiserRoles, .. CaseAccess.SocialServicesRoles]);
        pupils.MapPost("/{pupilId:guid}/suspensions", async (Guid pupilId, DecideSuspensionRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new DecideSuspension(pupilId, r.StartDate, r.EndDate, r.Reason ?? string.Empty, r.HearingHeldOn, r.HearingNotes, r.CompensatoryTeaching, r.SocialServicesConsultedOn), ct);
                return TypedResults.Created($"/api/v1/school-attendance/pupils/{pupilId}/suspensions/{id}", id);
            })
            .Idempotent()
            .WithSummary("Decides a suspension within Skollagen 5 kap.; a broken limit is a 422 naming the paragraph.")
            .WithName("DecideSuspension")
            .RequiresRoles(CaseAccess.SchoolOrOrganiserRoles)
            .WithRequestExample(new DecideSuspensionRequest(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6), "Hot mot annan elev", new DateOnly(2026, 2, 27), "Eleven och vårdnadshavare hörda", "Skolarbete hemma med lärarstöd", null));
        pupils.MapGet("/{pupilId:guid}/suspensions", async (Guid pupilId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListSuspensions(pupilId), ct)))
            .WithSummary("The pupil's suspensions, for the pupil's school.")
            .WithName("ListSuspensions")
            .RequiresRoles(CaseAccess.SchoolOrOrganiserRoles);
        pupils.MapPost("/{pupilId:guid}/reports-of-concern", async (Guid pupilId, SendReportRequest r, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new SendReportOfConcern(pupilId, r.Observations ?? string.Empty), ct);
                return TypedResults.Created($"/api/v1/school-attendance/reports-of-concern/{id}", id);
            })
            .Idempotent()
            .WithSummary("Sends a report of concern to social services of the pupil's home district.")
            .WithName("SendReportOfConcern")
            .RequiresRoles(CaseAccess.SchoolOrOrganiserRoles)
            .WithRequestExample(new SendReportRequest("Frånvaro 40 % i tre veckor, säger att hon inte vågar gå till skolan"));

        module.MapGet("/reports-of-concern/{reportId:guid}", async (Guid reportId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetReportStatus(reportId), ct)))
            .WithTags("School")
            .WithSummary("The status the reporting school is entitled to: received, assessment decided, feedback given.")
            .WithName("GetReportStatus")
            .RequiresRoles(CaseAccess.SchoolStaffRoles);
        module.MapPost("/reports-of-concern/{reportId:guid}/feedback-request", async (Guid reportId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RequestFeedback(reportId), ct);
                return TypedResults.NoContent();
            })
            .Idempotent()
            .WithTags("School")
            .WithSummary("The reporting school asks for feedback after the decision: due at once unless already due.")
            .WithName("RequestFeedback")
            .RequiresRoles(CaseAccess.SchoolStaffRoles);
    }
}
