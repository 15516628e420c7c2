using Microsoft.AspNetCore.Mvc;

namespace Samverkan.Host.Errors;

/// <summary>Writes a problem response from middleware that answers before any endpoint runs (limits).</summary>
internal static class ProblemWriter
{
    public static async Task WriteProblemAsync(this HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
