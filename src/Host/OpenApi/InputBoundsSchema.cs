using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.Host.OpenApi;

/// <summary>
/// The bounds a request record declares on its constructor parameters (MaxLength, Range, LegalDate; ADR 0015), which
/// the generator does not read from there: maxLength or maxItems, minimum and maximum, and a date's window (relative
/// to today, so no JSON Schema keyword) in the description.
/// </summary>
internal static class InputBoundsSchema
{
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var property = context.JsonPropertyInfo;
        var parameter = (context.ParameterDescription?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo;
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
}
