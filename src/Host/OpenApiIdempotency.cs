using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;

namespace Samverkan.Host;

/// <summary>Lists the Idempotency-Key header, and its 422, on every operation marked <c>.Idempotent()</c>.</summary>
internal static class OpenApiIdempotency
{
    public static Task AddIdempotencyKeyHeader(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpoint>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKey.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description =
                "Makes a retry safe: the same key with the same request within Idempotency:KeepKeysFor (24 hours by default) gets the first " +
                "answer again (status, body, Location, ETag) instead of doing the work twice; a 4xx answer is replayed too, a 5xx is not kept. " +
                "Keys are per user. The same key with another request: 422. 1 to 255 visible ASCII characters, e.g. a UUID.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength },
        });
        operation.Responses ??= [];
        operation.Responses.TryAdd("422", new OpenApiResponse { Description = "A broken rule, or the Idempotency-Key already used for another request." });
        return Task.CompletedTask;
    }
}
