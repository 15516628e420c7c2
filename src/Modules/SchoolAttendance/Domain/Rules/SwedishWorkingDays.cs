namespace Samverkan.SchoolAttendance.Domain.Rules;

/// <summary>
/// Lag (1930:173) moves a deadline that falls on a Saturday, Sunday, public holiday, midsummer eve, Christmas
/// eve or New Year's eve to the next weekday. It is not confirmed to apply to social services' own limits
/// (domain.md, "Counting"), so this date is only shown beside the strict one, never used instead of it.
/// </summary>
public static class SwedishWorkingDays
{
    public static DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHolidayOrEve(date);

    private static bool IsHolidayOrEve(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        var midsummerEve = Enumerable.Range(19, 7).Select(day => new DateOnly(date.Year, 6, day)).Single(d => d.DayOfWeek == DayOfWeek.Friday);
        DateOnly[] days =
        [
            new(date.Year, 1, 1), new(date.Year, 1, 6), easter.AddDays(-2), easter.AddDays(1), new(date.Year, 5, 1), easter.AddDays(39),
            new(date.Year, 6, 6), midsummerEve, new(date.Year, 12, 24), new(date.Year, 12, 25), new(date.Year, 12, 26), new(date.Year, 12, 31),
        ];
        return days.Contains(date);
    }

    // The Gregorian computus (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
