using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.BuildingBlocks.Infrastructure.Endpoints;

/// <summary>
/// Writes a problem response from middleware that answers before (or instead of) an endpoint: through the
/// registered problem details service, so it carries the trace id and shape every other problem has.
/// </summary>
public static class ProblemWriting
{
    public static async Task WriteProblemAsync(this HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
