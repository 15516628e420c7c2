namespace Samverkan.BuildingBlocks.Application.Time;

/// <summary>
/// Weekends and Swedish public holidays (lag 1989:253), plus the eves the municipalities close on (midsummer,
/// Christmas and New Year's Eve). A legal deadline is a strict calendar date and never moves; this only tells
/// a reader that the due date falls on a day off and which working day follows (domain.md, "Counting").
/// </summary>
public static class SwedishWorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidaysOf(date.Year).Contains(date);

    /// <summary>The date itself when it is a working day, else the next working day (DateOnly.MaxValue at the very end of the calendar).</summary>
    public static DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date) && date < DateOnly.MaxValue)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    // Computed once per year: every deadline a list shows asks about its due date.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlySet<DateOnly>> Holidays = new();

    public static IReadOnlySet<DateOnly> HolidaysOf(int year) => Holidays.GetOrAdd(year, ComputeHolidays);

    private static IReadOnlySet<DateOnly> ComputeHolidays(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = Enumerable.Range(19, 7).Select(day => new DateOnly(year, 6, day)).Single(d => d.DayOfWeek == DayOfWeek.Friday);
        var allSaints = Enumerable.Range(0, 7).Select(offset => new DateOnly(year, 10, 31).AddDays(offset)).Single(d => d.DayOfWeek == DayOfWeek.Saturday);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1), new(year, 1, 6),
            easter.AddDays(-2), easter, easter.AddDays(1),
            new(year, 5, 1), easter.AddDays(39), easter.AddDays(49),
            new(year, 6, 6), midsummerEve, midsummerEve.AddDays(1), allSaints,
            new(year, 12, 24), new(year, 12, 25), new(year, 12, 26), new(year, 12, 31),
        };
    }

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
