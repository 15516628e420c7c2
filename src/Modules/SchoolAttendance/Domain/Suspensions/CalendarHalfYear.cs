namespace Samverkan.SchoolAttendance.Domain.Suspensions;

/// <summary>January-June or July-December: the period Skollagen 5 kap. counts suspensions in.</summary>
public readonly record struct CalendarHalfYear(int Year, int Half)
{
    public static CalendarHalfYear Of(DateOnly date) => new(date.Year, date.Month <= 6 ? 1 : 2);

    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);

    public DateOnly End => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public CalendarHalfYear Plus(int halfYears)
    {
        var index = Year * 2 + (Half - 1) + halfYears;
        return new CalendarHalfYear(index / 2, index % 2 + 1);
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
