using System.Text.RegularExpressions;

namespace Samverkan.Bus.Domain.Deviations;

/// <summary>
/// Keeps a personnummer out of a deviation's text: ten or twelve digits with or without a hyphen or plus
/// (yyMMdd-nnnn, yyyyMMddnnnn). Names cannot be recognised this way; that is why free text leaves the group
/// only when someone releases it.
/// </summary>
public static partial class FreeText
{
    public const string Removed = "[personnummer borttaget]";

    public static bool HasPersonalIdentityNumber(string text) => PersonalIdentityNumber().IsMatch(text);

    public static string WithoutPersonalIdentityNumbers(string text) => PersonalIdentityNumber().Replace(text, Removed);

    [GeneratedRegex(@"(?<!\d)(\d{2})?\d{6}\s?[-+]?\s?\d{4}(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PersonalIdentityNumber();
}
