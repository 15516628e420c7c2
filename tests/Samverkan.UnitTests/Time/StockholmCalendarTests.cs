using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Time;
using Shouldly;

namespace Samverkan.UnitTests.Time;

public sealed class StockholmCalendarTests
{
    [Test]
    public void Late_evening_utc_is_already_the_next_day_in_Stockholm()
    {
        // 23:30 UTC on 31 January is 00:30 on 1 February in Stockholm (UTC+1 in winter).
        StockholmCalendar.ToLocalDate(new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 2, 1));
    }

    [Test]
    public void Summer_time_is_two_hours_ahead_of_utc()
    {
        StockholmCalendar.ToLocalDate(new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 7, 1));
        StockholmCalendar.ToLocalDate(new DateTimeOffset(2026, 6, 30, 21, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Test]
    public void A_wall_clock_time_skipped_by_the_spring_change_resolves_after_the_gap()
    {
        // 29 March 2026: clocks go from 02:00 to 03:00; 02:30 does not exist and is read as 03:30 (+02:00).
        var instant = StockholmCalendar.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));
        instant.ShouldBe(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)));
    }

    [Test]
    public void A_wall_clock_time_repeated_by_the_autumn_change_resolves_to_the_earlier_one()
    {
        // 25 October 2026: clocks go from 03:00 back to 02:00; 02:30 happens twice.
        var instant = StockholmCalendar.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30));
        instant.ToUniversalTime().ShouldBe(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero));
    }
}
