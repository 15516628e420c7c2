using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SchoolAttendance.Domain.Pupils;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Shouldly;

namespace Samverkan.UnitTests.SchoolAttendance;

public sealed class SmallCountsTests
{
    [TestCase(0, "0")]
    [TestCase(1, "<5")]
    [TestCase(4, "<5")]
    [TestCase(5, "5")]
    [TestCase(123, "123")]
    public void Show_HidesCountsFromOneToFour(int count, string shown) => SmallCounts.Show(count).ShouldBe(shown);

    [TestCase(5, 0, "0-5")]
    [TestCase(6, 0, "6-9")]
    [TestCase(15, 364, "13-15")]
    [TestCase(17, 364, "16-17")]
    [TestCase(18, 0, "18+")]
    public void AgeBands_ChangeOnTheBirthday(int years, int extraDays, string band)
    {
        var born = new DateOnly(2008, 3, 4);
        AgeBands.Of(Age.On(born, born.AddYears(years).AddDays(extraDays))).ShouldBe(band);
    }
}
