using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;
using Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;
using Samverkan.OperativeForums.Application.Features.Directory.RegisterDistrict;
using Samverkan.OperativeForums.Application.Features.Directory.RegisterOrganisation;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Infrastructure.Endpoints;

/// <summary>The organisation directory: anyone signed in may read it; only administrators change it.</summary>
internal static class DirectoryEndpoints
{
    public sealed record RegisterDistrictRequest([MaxLength(InputBounds.Code)] string Code, [MaxLength(InputBounds.Name)] string Name);

    /// <param name="OrganiserId">For a school: its organiser (huvudman), an organisation of kind school-organiser; its pupils must name it.</param>
    public sealed record RegisterOrganisationRequest(
        [MaxLength(InputBounds.Name)] string Name, [property: ValuesOf(typeof(OrganisationKinds))][MaxLength(InputBounds.Code)] string Kind, [MaxLength(InputBounds.Name)] string Organiser, bool IsIndependent,
        [MaxLength(RegisterOrganisationValidator.MaxDistricts)] IReadOnlyList<string> DistrictCodes, Guid? OrganiserId = null);

    public static void MapDirectoryEndpoints(this RouteGroupBuilder module)
    {
        var districts = module.MapGroup("/districts").WithTags("Directory");
        districts.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListDistricts(), ct)))
            .WithSummary("All districts (stadsdelar), by name.")
            .WithName("ListDistricts");
        districts.MapPost("/", async Task<Created<string>> (RegisterDistrictRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var code = await mediator.Send(new RegisterDistrict(request.Code, request.Name), ct);
                return TypedResults.Created($"/api/v1/operative-forums/districts/{code}", code);
            })
            .Idempotent()
            .RequireAuthorization(Policies.Administrator)
            .WithSummary("Registers a district. Administrators only.")
            .WithName("RegisterDistrict")
            .WithRequestExample(new RegisterDistrictRequest("norrmalm", "Norrmalm"));

        var organisations = module.MapGroup("/organisations").WithTags("Directory");
        organisations.MapGet("/", async (IMediator mediator, CancellationToken ct, [MaxLength(InputBounds.Code)] string? district = null, [ValuesOf(typeof(OrganisationKinds))][MaxLength(InputBounds.Code)] string? kind = null, [ValuesOf(typeof(OrganisationSorts))][MaxLength(InputBounds.Code)] string? sort = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ListOrganisations(district, kind, page, pageSize, sort), ct)))
            .WithSummary("Organisations, optionally those covering one district or of one kind; paged.")
            .WithName("ListOrganisations");
        organisations.MapPost("/", async Task<Created<Guid>> (RegisterOrganisationRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new RegisterOrganisation(request.Name, request.Kind, request.Organiser, request.IsIndependent, request.DistrictCodes ?? [], OrganiserId: request.OrganiserId), ct);
                return TypedResults.Created($"/api/v1/operative-forums/organisations/{id}", id);
            })
            .Idempotent()
            .RequireAuthorization(Policies.Administrator)
            .WithSummary("Registers an organisation and the districts it covers. Administrators only.")
            .WithName("RegisterOrganisation")
            .WithRequestExample(new RegisterOrganisationRequest("Engelbrektsskolan", "school", "Utbildningsförvaltningen, Stockholms stad", false, ["ostermalm"]));
    }
}
