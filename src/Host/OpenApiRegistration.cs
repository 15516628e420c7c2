using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.Host;

internal static class OpenApiRegistration
{
    /// <summary>The OpenAPI document at /openapi/v1.json, declaring the bearer scheme every /api endpoint needs.</summary>
    public static IServiceCollection AddSamverkanOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer(AddRequestExample).AddOperationTransformer(AddPreconditions)
            .AddOperationTransformer(OpenApiIdempotency.AddIdempotencyKeyHeader).AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Samverkan",
                Version = "v1",
                Description = "School, social services, BUP and police working together around a child.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "In Development: POST /dev/token with a demo user name (GET /dev/users).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
            return Task.CompletedTask;
        }));

    /// <summary>Writes an endpoint's RequestExample metadata as the example of its JSON request body.</summary>
    private static Task AddRequestExample(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var example = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().FirstOrDefault();
        if (example is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = JsonSerializer.SerializeToNode(example.Value, JsonSerializerOptions.Web);
        }

        return Task.CompletedTask;
    }

    /// <summary>Documents an endpoint's ETag metadata: the If-Match (and If-None-Match) header, the ETag response header, 412 and 428.</summary>
    private static Task AddPreconditions(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
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

        operation.Responses ??= [];
        operation.Responses["412"] = new OpenApiResponse { Description = "Changed since the version in If-Match: the current ETag is in the ETag header and in currentETag." };
        if (etag.IfMatch == IfMatchRule.Required)
        {
            operation.Responses["428"] = new OpenApiResponse { Description = "If-Match (or If-None-Match: *) is required." };
        }

        return Task.CompletedTask;
    }
}
