using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace Samverkan.BuildingBlocks.Application.Validation;

/// <summary>
/// Checks a request or command as a whole, by the rules every field shares and the bounds its type declares:
/// no control characters in any string (line breaks and tabs allowed), no null element in any list, and each
/// DataAnnotations attribute (on the property or on the record's constructor parameter). Every failure is named
/// by its path in JSON terms (camelCase, <c>items[1].heading</c>), so one answer lists them all.
/// </summary>
public static class InputInspector
{
    public const string ControlCharacterMessage = "Control characters (NUL and the like) are not allowed; line breaks and tabs are.";

    public const string NullElementMessage = "A list cannot hold an empty (null) element.";

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Member>> Members = new();

    /// <summary>The failures of one value; <paramref name="path"/> names it ("" for a request body).</summary>
    public static List<(string Path, string Message)> Inspect(object? value, string path, IServiceProvider? services, IEnumerable<ValidationAttribute>? declared = null)
    {
        var failures = new List<(string, string)>();
        Visit(value, path, services, declared ?? [], failures, depth: 0);
        return failures;
    }

    /// <summary>The bound in the API's words; DataAnnotations' own text ("a string or array type") speaks of C# types.</summary>
    private static string? MessageFor(ValidationAttribute attribute, object? value) => attribute switch
    {
        MaxLengthAttribute max when value is string => $"At most {max.Length} characters.",
        MaxLengthAttribute max => $"A list of at most {max.Length} items.",
        RangeAttribute range => $"A number from {range.Minimum} to {range.Maximum}.",
        _ => null,
    };

    public static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static void Visit(object? value, string path, IServiceProvider? services, IEnumerable<ValidationAttribute> declared, List<(string, string)> failures, int depth)
    {
        foreach (var attribute in declared)
        {
            var result = attribute.GetValidationResult(value, new ValidationContext(value ?? new object(), services, null) { MemberName = path, DisplayName = path });
            if (result != ValidationResult.Success)
            {
                failures.Add((path, MessageFor(attribute, value) ?? result?.ErrorMessage ?? "Not a valid value."));
            }
        }

        switch (value)
        {
            case null:
                return;
            case string text:
                if (InputBounds.HasControlCharacter(text))
                {
                    failures.Add((path, ControlCharacterMessage));
                }

                return;
            case IEnumerable list when depth < 8:
                var index = 0;
                foreach (var item in list)
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item is null)
                    {
                        failures.Add((itemPath, NullElementMessage));
                    }
                    else
                    {
                        Visit(item, itemPath, services, [], failures, depth + 1);
                    }
                }

                return;
        }

        if (depth >= 8 || !IsOurs(value.GetType()))
        {
            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), MembersOf))
        {
            var name = Camel(member.Property.Name);
            Visit(member.Property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", services, member.Attributes, failures, depth + 1);
        }
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("Samverkan", StringComparison.Ordinal) == true && !type.IsEnum;

    private static IReadOnlyList<Member> MembersOf(Type type)
    {
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters()).Where(p => p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .Select(p => new Member(p, [.. p.GetCustomAttributes<ValidationAttribute>(true),
                .. parameters.TryGetValue(p.Name, out var parameter) ? parameter.GetCustomAttributes<ValidationAttribute>(true) : []]))];
    }

    private sealed record Member(PropertyInfo Property, IReadOnlyList<ValidationAttribute> Attributes);
}
