using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Auditing;

public static class AuditTrailEndpoints
{
    /// <summary>
    /// GET {module}/audit-trail: the module's audit log for reviewers, who are administrators. Entries name
    /// subjects and people by id only, so the log can be reviewed without seeing whom a case is about.
    /// </summary>
    public static void MapAuditTrail<TDbContext>(this RouteGroupBuilder module)
        where TDbContext : ModuleDbContext =>
        module.MapGet("/audit-trail", async (
                IMediator mediator, CancellationToken ct, [MaxLength(InputBounds.Code)] string? subjectType = null, Guid? subjectId = null, [MaxLength(InputBounds.Name)] string? userId = null,
                [LegalDate] DateOnly? from = null, [LegalDate] DateOnly? to = null, [Range(1, InputBounds.MaxPage)] int page = 1, [Range(1, Paging.MaxPageSize)] int pageSize = Paging.DefaultPageSize) =>
                TypedResults.Ok(await mediator.Send(new ReadAuditTrail<TDbContext>(subjectType, subjectId, userId, from, to, page, pageSize), ct)))
            .RequireAuthorization(Policies.Administrator)
            .WithName($"Read{typeof(TDbContext).Name.Replace("DbContext", string.Empty, StringComparison.Ordinal)}AuditTrail")
            .WithTags("Audit trail")
            .WithSummary("Who read or changed a subject (subjectType and subjectId), or what one user did (userId), between Stockholm dates; newest first, paged. Administrators only; the review is itself logged.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
