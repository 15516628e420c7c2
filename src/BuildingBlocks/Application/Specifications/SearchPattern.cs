namespace Samverkan.BuildingBlocks.Application.Specifications;

/// <summary>LIKE patterns for a specification's Search from what a person typed.</summary>
public static class SearchPattern
{
    /// <summary>Matches the text anywhere; % and _ typed by the person match themselves, not any text.</summary>
    public static string Containing(string text) =>
        "%" + text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
