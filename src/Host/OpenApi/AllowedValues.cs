using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Application.Documentation;

namespace Samverkan.Host.OpenApi;

/// <summary>Lists a string's allowed values as the schema's enum, from its ValuesOf attribute (on a property or a query parameter).</summary>
internal static class AllowedValues
{
    public static Task ListAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var allowed = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ValuesOfAttribute), inherit: true).OfType<ValuesOfAttribute>().FirstOrDefault()
            ?? (context.ParameterDescription?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttribute<ValuesOfAttribute>();
        if (allowed is not null)
        {
            schema.Enum = [.. allowed.Values.Select(value => (JsonNode)JsonValue.Create(value))];
        }

        return Task.CompletedTask;
    }
}
