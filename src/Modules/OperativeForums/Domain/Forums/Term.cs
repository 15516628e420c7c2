namespace Samverkan.OperativeForums.Domain.Forums;

/// <summary>
/// A school term: spring (VT, January-June) or autumn (HT, July-December). Forums count their meetings per
/// term (seed 004: "two to three times per term"), so cadence and attendance statistics group by it.
/// </summary>
public readonly record struct Term(int Year, bool IsSpring)
{
    public DateOnly FirstDay => new(Year, IsSpring ? 1 : 7, 1);

    public DateOnly LastDay => new(Year, IsSpring ? 6 : 12, IsSpring ? 30 : 31);

    public Term Next => IsSpring ? new Term(Year, false) : new Term(Year + 1, true);

    /// <summary>Terms counted from year 0 (2026-VT is 4052, 2026-HT 4053): lets a loop step and compare without building a date.</summary>
    public int Index => (Year * 2) + (IsSpring ? 0 : 1);

    public static Term FromIndex(int index) => new(index / 2, index % 2 == 0);

    public static Term Of(DateOnly date) => new(date.Year, date.Month <= 6);

    public static bool TryParse(string? text, out Term term)
    {
        term = default;
        if (text is not { Length: 7 } || text[4] != '-' || !int.TryParse(text[..4], out var year))
        {
            return false;
        }

        var half = text[5..].ToUpperInvariant();
        if (half is not ("VT" or "HT"))
        {
            return false;
        }

        term = new Term(year, half == "VT");
        return true;
    }

    public override string ToString() => $"{Year}-{(IsSpring ? "VT" : "HT")}";
}
