using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.Host.OpenApi;

/// <summary>
/// Documents an endpoint's ETag metadata: the If-Match (and If-None-Match) header, the ETag response header, and
/// what 412 and 428 mean there (ProblemResponses declares them as problems).
/// </summary>
internal static class Preconditions
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ETagMetadata>().FirstOrDefault() is not { } etag)
        {
            return Task.CompletedTask;
        }

        var tag = new OpenApiSchema { Type = JsonSchemaType.String };
        foreach (var response in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).Select(r => r.Value).OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["ETag"] = new OpenApiHeader { Description = "The resource's version, a strong quoted tag (e.g. \"3\"); send it back in If-Match.", Schema = tag };
        }

        if (etag.IfMatch == IfMatchRule.None)
        {
            return Task.CompletedTask;
        }

        var put = string.Equals(context.Description.HttpMethod, "PUT", StringComparison.OrdinalIgnoreCase);
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = etag.IfMatch == IfMatchRule.Required && !put,
            Description = etag.IfMatch == IfMatchRule.Required
                ? "The ETag you read. Required" + (put ? " unless If-None-Match: * creates the resource." : ".")
                : "Optional: the ETag you read; if the resource has changed since, 412.",
            Schema = tag,
        });
        if (put)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Description = "* to create the resource only if it does not exist yet (412 if it does).",
                Schema = tag,
            });
        }

        Describe(operation, "412", "Changed since the version in If-Match: the current ETag is in the ETag header and in currentETag.");
        Describe(operation, "428", "If-Match (or If-None-Match: *) is required.");
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses?.TryGetValue(status, out var response) == true && response is OpenApiResponse problem)
        {
            problem.Description = description;
        }
    }
}
