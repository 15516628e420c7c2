namespace Samverkan.BuildingBlocks.Domain.Identity;

/// <summary>
/// What kind of number identifies a child, shown wherever the number is shown (issue 13): a samordningsnummer is
/// accepted like a personnummer but is not the same thing, and a report may name a child whose identity is not
/// yet known.
/// </summary>
public static class IdentityNumberKinds
{
    public const string Personnummer = "personnummer";
    public const string Samordningsnummer = "samordningsnummer";
    public const string NotYetKnown = "not-yet-known";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Personnummer, Samordningsnummer, NotYetKnown };

    public static string Of(PersonalIdentityNumber? number) =>
        number is null ? NotYetKnown : number.IsCoordinationNumber ? Samordningsnummer : Personnummer;

    /// <summary>The kind of a stored twelve-digit number (day + 60 marks a samordningsnummer).</summary>
    public static string OfStored(string? twelveDigits) =>
        string.IsNullOrEmpty(twelveDigits) ? NotYetKnown : twelveDigits[6] >= '6' ? Samordningsnummer : Personnummer;
}
