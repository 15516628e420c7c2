using System.Reflection;

namespace Samverkan.BuildingBlocks.Application.Documentation;

/// <summary>
/// The allowed values of a string field or parameter, read from the set the domain checks against (by default a
/// static member named <c>All</c>), so that the OpenAPI document lists exactly what the rules accept.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ValuesOfAttribute(Type holder, string member = "All") : Attribute
{
    public IReadOnlyList<string> Values =>
        (holder.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? holder.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)) is IEnumerable<string> values
            ? [.. values.Order(StringComparer.Ordinal)]
            : throw new InvalidOperationException($"{holder.Name}.{member} is not a public static set of strings.");
}
