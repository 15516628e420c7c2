using System.Globalization;

namespace Samverkan.BuildingBlocks.Domain.Statistics;

/// <summary>
/// Statistics must not let anyone recognise a child (domain.md, "Across modules"): a count from 1 to 4 is
/// shown as "&lt;5", and a median or share over fewer than five cases is not shown at all. Zero is shown.
/// </summary>
public static class SmallCounts
{
    public const int Threshold = 5;

    public static string Show(int count) =>
        count is > 0 and < Threshold ? "<5" : count.ToString(CultureInfo.InvariantCulture);

    public static bool TooFewToShow(int cases) => cases < Threshold;

    /// <summary>The median of the values, or null over fewer than five (the middle two averaged for an even count).</summary>
    public static decimal? MedianOf(IReadOnlyCollection<int> values)
    {
        if (TooFewToShow(values.Count))
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}

/// <summary>Age bands for statistics, by age on the day of the event.</summary>
public static class AgeBands
{
    public static string Of(int age) => age switch
    {
        < 6 => "0-5",
        < 10 => "6-9",
        < 13 => "10-12",
        < 16 => "13-15",
        < 18 => "16-17",
        _ => "18+",
    };
}
