using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.Host;

internal static class OpenApiRegistration
{
    /// <summary>The OpenAPI document at /openapi/v1.json, declaring the bearer scheme every /api endpoint needs.</summary>
    public static IServiceCollection AddSamverkanOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer(AddRequestExample).AddOperationTransformer(OpenApiIdempotency.AddIdempotencyKeyHeader).AddDocumentTransformer((document, _, _) =>
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
}
