using System.Globalization;
using NUnit.Framework;
using Samverkan.SchoolAttendance.Domain.Rules;
using Shouldly;

namespace Samverkan.UnitTests.SchoolAttendance;

public sealed class SwedishWorkingDaysTests
{
    [TestCase("2026-02-14", "2026-02-16")] // Saturday
    [TestCase("2026-04-03", "2026-04-07")] // Good Friday, Easter, Easter Monday
    [TestCase("2026-06-19", "2026-06-22")] // Midsummer eve (a Friday)
    [TestCase("2026-12-24", "2026-12-28")] // Christmas eve to the weekend after Boxing Day
    [TestCase("2026-05-14", "2026-05-15")] // Ascension day
    [TestCase("2026-03-02", "2026-03-02")] // an ordinary Monday
    public void OnOrAfter_SkipsWeekendsHolidaysAndEves(string date, string expected) =>
        SwedishWorkingDays.OnOrAfter(Parse(date)).ShouldBe(Parse(expected));

    private static DateOnly Parse(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
