using NodaTime;
using NodaTime.TimeZones;

namespace Samverkan.BuildingBlocks.Application.Time;

/// <summary>
/// Legal deadlines are calendar dates in Europe/Stockholm (domain.md, "Counting"). This turns instants from
/// the injected TimeProvider into those dates, with the zone rules NodaTime ships, so the machine's own
/// time-zone files do not matter.
/// </summary>
public static class StockholmCalendar
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static DateOnly Today(TimeProvider time) => ToLocalDate(time.GetUtcNow());

    public static DateOnly ToLocalDate(DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(Zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }

    public static DateTime ToLocalDateTime(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime.ToDateTimeUnspecified();

    /// <summary>When the Stockholm day begins, in UTC: the form a timestamp column is compared with.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date, TimeOnly.MinValue).ToUniversalTime();

    /// <summary>The instant a Stockholm wall-clock time happens (the earlier one when the clock is turned back, shifted past the gap when it is put forward).</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly timeOfDay)
    {
        var local = new LocalDateTime(date.Year, date.Month, date.Day, timeOfDay.Hour, timeOfDay.Minute, timeOfDay.Second);
        return Zone.ResolveLocal(local, Resolvers.LenientResolver).ToDateTimeOffset();
    }
}
