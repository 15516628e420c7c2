using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.Host;

internal static class OpenApiRegistration
{
    /// <summary>The OpenAPI document at /openapi/v1.json, declaring the bearer scheme every /api endpoint needs.</summary>
    public static IServiceCollection AddSamverkanOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddOperationTransformer(AddRequestExample).AddOperationTransformer(OpenApiIdempotency.AddIdempotencyKeyHeader).AddSchemaTransformer(DescribeBounds).AddDocumentTransformer((document, _, _) =>
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

    /// <summary>
    /// The bounds a request record declares on its constructor parameters (MaxLength, Range, LegalDate), which the
    /// generator does not read from there: maxLength or maxItems, minimum and maximum, and a date's window (relative
    /// to today, so no JSON Schema keyword) in the description.
    /// </summary>
    private static Task DescribeBounds(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var property = context.JsonPropertyInfo;
        var parameter = (context.ParameterDescription?.ParameterDescriptor as Microsoft.AspNetCore.Mvc.Infrastructure.IParameterInfoParameterDescriptor)?.ParameterInfo;
        var attributes = new[] { property?.AttributeProvider, property?.AssociatedParameter?.AttributeProvider, parameter }
            .SelectMany(provider => provider?.GetCustomAttributes(typeof(ValidationAttribute), true) ?? [])
            .OfType<ValidationAttribute>();
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case LegalDateAttribute:
                    schema.Description = LegalDateAttribute.Description;
                    break;
                case MaxLengthAttribute maxLength when context.JsonTypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable:
                    schema.MaxItems = maxLength.Length;
                    break;
                case MaxLengthAttribute maxLength:
                    schema.MaxLength = maxLength.Length;
                    break;
                case RangeAttribute range:
                    schema.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
                    schema.Maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
                    break;
            }
        }

        return Task.CompletedTask;
    }

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
