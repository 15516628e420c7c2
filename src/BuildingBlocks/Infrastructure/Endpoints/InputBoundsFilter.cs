using System.ComponentModel.DataAnnotations;
using System.Reflection;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.BuildingBlocks.Infrastructure.Endpoints;

/// <summary>
/// Checks every argument an endpoint bound (route values, query strings, the JSON body) against the bounds its
/// request record or parameter declares and the rules every field shares, before the handler runs; all
/// failures become one 400 problem naming each field in the API's terms.
/// </summary>
public static class InputBoundsFilter
{
    public static TBuilder WithInputBounds<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var checks = factory.MethodInfo.GetParameters()
                .Select((parameter, index) => (parameter, index))
                .Where(p => IsInput(p.parameter.ParameterType))
                .Select(p => new Check(p.index, IsBody(p.parameter.ParameterType) ? string.Empty : p.parameter.Name!, [.. p.parameter.GetCustomAttributes<ValidationAttribute>(true)]))
                .ToList();
            if (checks.Count == 0)
            {
                return next;
            }

            return async (EndpointFilterInvocationContext context) =>
            {
                var failures = checks
                    .SelectMany(check => InputInspector.Inspect(context.Arguments[check.Index], check.Name, context.HttpContext.RequestServices, check.Attributes))
                    .Select(failure => (failure.Path.Length == 0 ? "body" : failure.Path, failure.Message))
                    .ToList();
                // The command the endpoint sends reports these with its validator's own failures, in one 400.
                PendingInputFailures.Set(failures);
                var result = await next(context);
                if (PendingInputFailures.Take() is { Count: > 0 } unreported)
                {
                    throw new FluentValidation.ValidationException(unreported.Select(failure => new ValidationFailure(failure.Path, failure.Message)));
                }

                return result;
            };
        });

    private static bool IsInput(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain == typeof(string) || plain.IsPrimitive || plain == typeof(DateOnly) || plain == typeof(TimeOnly) || plain == typeof(decimal) || IsBody(plain);
    }

    private static bool IsBody(Type type) => type.Namespace?.StartsWith("Samverkan", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsInterface;

    private sealed record Check(int Index, string Name, IReadOnlyList<ValidationAttribute> Attributes);
}
