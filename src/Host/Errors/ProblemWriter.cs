using Microsoft.AspNetCore.Mvc;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.Host.Errors;

/// <summary>The Host's limits (413, 429, 503) answer with a plain problem of status, title and detail.</summary>
internal static class ProblemWriter
{
    public static Task WriteProblemAsync(this HttpContext context, int status, string title, string detail) =>
        context.WriteProblemAsync(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
