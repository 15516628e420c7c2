using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Samverkan.Host.OpenApi;

/// <summary>
/// A TimeOnly is a local time of day in Europe/Stockholm ("13:00:00"). JSON Schema's "time" format means an
/// RFC 3339 time with an offset, which these are not, so the format is replaced by the pattern they follow.
/// </summary>
internal static class LocalTimes
{
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(TimeOnly) || context.JsonTypeInfo.Type == typeof(TimeOnly?))
        {
            schema.Format = null;
            schema.Pattern = @"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?$";
            schema.Description ??= "A local time of day in Europe/Stockholm, HH:mm:ss.";
        }

        return Task.CompletedTask;
    }
}
