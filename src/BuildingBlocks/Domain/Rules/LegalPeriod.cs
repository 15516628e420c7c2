namespace Samverkan.BuildingBlocks.Domain.Rules;

/// <summary>
/// A period a legal rule sets ("within 14 days", "four months", "at most six months"), kept with the rule so a
/// change of law changes a row of the catalogue, not the arithmetic. Months count as the law does: the same
/// day-number, or the end month's last day (31 Oct + 4 months = 28/29 Feb).
/// </summary>
public sealed record LegalPeriod(int Months = 0, int Days = 0)
{
    public static LegalPeriod OfDays(int days) => new(Days: days);

    public static LegalPeriod OfMonths(int months) => new(Months: months);

    public static LegalPeriod OfYears(int years) => new(Months: years * 12);

    /// <summary>The day the period ends, counted from its first day; never throws at the ends of the calendar.</summary>
    public DateOnly From(DateOnly start) => start.PlusMonths(Months).PlusDays(Days);

    public override string ToString() => (Months, Days) switch
    {
        (0, var days) => $"{days} days",
        (var months, 0) when months % 12 == 0 => $"{months / 12} years",
        (var months, 0) => $"{months} months",
        var (months, days) => $"{months} months and {days} days",
    };
}
