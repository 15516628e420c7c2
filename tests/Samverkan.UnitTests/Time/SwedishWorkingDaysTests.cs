using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Time;
using Shouldly;

namespace Samverkan.UnitTests.Time;

public sealed class SwedishWorkingDaysTests
{
    [TestCase("2026-04-03", Description = "Good Friday 2026")]
    [TestCase("2026-04-06", Description = "Easter Monday 2026")]
    [TestCase("2026-05-14", Description = "Ascension Day 2026")]
    [TestCase("2026-06-19", Description = "Midsummer Eve 2026")]
    [TestCase("2026-06-06", Description = "National Day")]
    [TestCase("2027-03-26", Description = "Good Friday 2027")]
    [TestCase("2026-12-24", Description = "Christmas Eve")]
    public void Public_holidays_and_eves_are_days_off(string date) =>
        SwedishWorkingDays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeFalse();

    [Test]
    public void A_due_date_on_saturday_shows_monday_as_the_next_working_day() =>
        SwedishWorkingDays.NextWorkingDayFrom(new DateOnly(2026, 3, 7)).ShouldBe(new DateOnly(2026, 3, 9));

    [Test]
    public void Easter_weekend_runs_from_good_friday_to_easter_monday() =>
        SwedishWorkingDays.NextWorkingDayFrom(new DateOnly(2026, 4, 3)).ShouldBe(new DateOnly(2026, 4, 7));

    [Test]
    public void An_ordinary_weekday_is_its_own_next_working_day() =>
        SwedishWorkingDays.NextWorkingDayFrom(new DateOnly(2026, 3, 4)).ShouldBe(new DateOnly(2026, 3, 4));

    [Test]
    public void Leap_day_2028_is_an_ordinary_tuesday() =>
        SwedishWorkingDays.IsWorkingDay(new DateOnly(2028, 2, 29)).ShouldBeTrue();
}
