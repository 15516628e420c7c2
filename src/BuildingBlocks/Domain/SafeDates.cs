namespace Samverkan.BuildingBlocks.Domain;

/// <summary>
/// Date arithmetic that cannot throw: a result past DateOnly.MaxValue (9999-12-31) or before MinValue is held
/// at that end. Used wherever a stored date is moved (due dates, reminders, revisions, query ends), so a far
/// date that got into the database makes a read or an event odd, never a 500 or a parked message.
/// </summary>
public static class SafeDates
{
    public static DateOnly PlusDays(this DateOnly date, long days) =>
        DateOnly.FromDayNumber((int)Math.Clamp(date.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    public static DateOnly PlusMonths(this DateOnly date, long months)
    {
        var monthIndex = (date.Year * 12L) + date.Month - 1 + months;
        if (monthIndex < 12)
        {
            return DateOnly.MinValue;
        }

        return monthIndex > (9999 * 12L) + 11 ? DateOnly.MaxValue : date.AddMonths((int)months);
    }
}
