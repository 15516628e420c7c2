using Samverkan.BuildingBlocks.Domain.Identity;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Shouldly;

namespace Samverkan.UnitTests.SchoolAttendance;

public sealed class PersonalIdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [TestCase("811218-9876", "198112189876")]
    [TestCase("8112189876", "198112189876")]
    [TestCase("19811218-9876", "198112189876")]
    [TestCase("198112189876", "198112189876")]
    [TestCase(" 811218-9876 ", "198112189876")]
    public void Parse_AcceptsTenAndTwelveDigitForms_AndStoresTwelveDigits(string input, string stored) =>
        PersonalIdentityNumber.Parse(input, Today).Value.ShouldBe(stored);

    [Test]
    public void Parse_PlusSeparator_MeansHundredYearsOrOlder() =>
        PersonalIdentityNumber.Parse("121212+1212", Today).Value.ShouldBe("191212121212");

    [Test]
    public void Parse_TenDigitsWithMinus_IsUnderHundred() =>
        PersonalIdentityNumber.Parse("121212-1212", Today).Value.ShouldBe("201212121212");

    [Test]
    public void Parse_TenDigitsBornLaterThisYearThanToday_BelongsToPreviousCentury() =>
        // 2026-11-24 has not happened yet on 2026-03-02: a living person with -, so born 1926.
        PersonalIdentityNumber.Parse("261124-123" + CheckDigitFor("261124123"), Today).BirthYear.ShouldBe(1926);

    [TestCase("811218-9875")]
    [TestCase("811218-9877")]
    [TestCase("198112189870")]
    public void Parse_WrongCheckDigit_IsRejected(string input) =>
        Error(input).ShouldContain("check digit");

    [TestCase("")]
    [TestCase("81121-9876")]
    [TestCase("8112189876123")]
    [TestCase("811218/9876")]
    [TestCase("81121a-9876")]
    [TestCase(null)]
    public void Parse_WrongFormat_IsRejected(string? input) =>
        PersonalIdentityNumber.TryParse(input, Today, out _, out _).ShouldBeFalse();

    [TestCase("20000229-2381")]
    [TestCase("20040229-2387")]
    public void Parse_LeapDayInLeapYear_IsAccepted(string input) =>
        PersonalIdentityNumber.Parse(input, Today).BirthDate!.Value.Day.ShouldBe(29);

    [TestCase("20010229-2380")]
    [TestCase("20190229-2380")]
    [TestCase("19000229-2380")]
    public void Parse_LeapDayInCommonYear_IsRejected(string input)
    {
        var nine = input[2..8] + input[9..12];
        Error(input[..12] + CheckDigitFor(nine)).ShouldContain("date does not exist");
    }

    [Test]
    public void Parse_Year1900_IsNotALeapYear_Year2000_Is()
    {
        PersonalIdentityNumber.TryParse("000229+" + "238" + CheckDigitFor("000229238"), Today, out _, out var error1900).ShouldBeFalse();
        error1900!.ShouldContain("date does not exist");
        PersonalIdentityNumber.Parse("000229-2381", Today).BirthDate.ShouldBe(new DateOnly(2000, 2, 29));
    }

    [TestCase("811318")]
    [TestCase("810018")]
    [TestCase("811200")]
    [TestCase("811132")]
    [TestCase("810431")]
    public void Parse_ImpossibleDateInPersonnummer_IsRejected(string date) =>
        PersonalIdentityNumber.TryParse(date + "-987" + CheckDigitFor(date + "987"), Today, out _, out _).ShouldBeFalse();

    [Test]
    public void Parse_Samordningsnummer_DayPlusSixty()
    {
        var number = PersonalIdentityNumber.Parse("701063-2383", Today);
        number.IsCoordinationNumber.ShouldBeTrue();
        number.BirthDate.ShouldBe(new DateOnly(1970, 10, 3));
        number.Value.ShouldBe("197010632383");
    }

    [Test]
    public void Parse_SamordningsnummerWithMonthZero_IsAccepted_WithoutBirthDate()
    {
        var number = PersonalIdentityNumber.Parse("700063-2385", Today);
        number.BirthDate.ShouldBeNull();
        number.BirthMonth.ShouldBeNull();
        number.LatestPossibleBirthDate.ShouldBe(new DateOnly(1970, 12, 31));
    }

    [Test]
    public void Parse_SamordningsnummerWithDayZero_IsAccepted_AgeCountsFromEndOfMonth()
    {
        var number = PersonalIdentityNumber.Parse("700160-2387", Today);
        number.BirthDate.ShouldBeNull();
        number.LatestPossibleBirthDate.ShouldBe(new DateOnly(1970, 1, 31));
    }

    [Test]
    public void Parse_SamordningsnummerBeyondMonthLength_IsRejected() =>
        // 2025-02-29 does not exist: day 89 in February of a common year.
        Error("250289-238" + CheckDigitFor("250289238")).ShouldContain("date does not exist");

    [Test]
    public void Parse_SamordningsnummerOnLeapDay_IsAccepted() =>
        PersonalIdentityNumber.Parse("20080289-238" + CheckDigitFor("080289238"), Today).BirthDate.ShouldBe(new DateOnly(2008, 2, 29));

    [Test]
    public void Parse_DayNinetyTwo_IsRejected() =>
        Error("700192-238" + CheckDigitFor("700192238")).ShouldContain("at most 31");

    [Test]
    public void Parse_FutureBirthDate_IsRejected() =>
        Error("20261124-123" + CheckDigitFor("261124123")).ShouldContain("future");

    [TestCase("811218-9876", Sex.Male)]
    [TestCase("121212-1212", Sex.Male)]
    [TestCase("000229-2381", Sex.Female)]
    public void Sex_FollowsTheNinthDigit(string input, Sex sex) =>
        PersonalIdentityNumber.Parse(input, Today).Sex.ShouldBe(sex);

    [Test]
    public void AgeOn_CountsWholeYears_TurningEighteenOnTheBirthday()
    {
        var number = PersonalIdentityNumber.Parse("080301-1238", Today);
        number.AgeOn(new DateOnly(2026, 2, 28)).ShouldBe(17);
        number.AgeOn(new DateOnly(2026, 3, 1)).ShouldBe(18);
    }

    [Test]
    public void AgeOn_LeapDayBirth_TurnsOlderOnFirstOfMarchInCommonYears()
    {
        var number = PersonalIdentityNumber.Parse("20080229-238" + CheckDigitFor("080229238"), Today);
        number.AgeOn(new DateOnly(2026, 2, 28)).ShouldBe(17);
        number.AgeOn(new DateOnly(2026, 3, 1)).ShouldBe(18);
    }

    [Test]
    public void ToString_NeverShowsTheNumber() =>
        PersonalIdentityNumber.Parse("811218-9876", Today).ToString().ShouldNotContain("9876");

    [Test]
    public void Error_NeverEchoesTheNumber() =>
        Error("811218-9875").ShouldNotContain("9875");

    [Test]
    public void Parse_Invalid_ThrowsRuleViolationNamingTheRule() =>
        Should.Throw<BusinessRuleViolationException>(() => PersonalIdentityNumber.Parse("811218-9875", Today)).Rule.ShouldBe(PersonalIdentityNumber.Rule);

    [Test]
    public void FromStored_RoundTrips() =>
        PersonalIdentityNumber.FromStored("198112189876").ShouldBe(PersonalIdentityNumber.Parse("811218-9876", Today));

    private static string Error(string input)
    {
        PersonalIdentityNumber.TryParse(input, Today, out _, out var error).ShouldBeFalse();
        return error!;
    }

    private static string CheckDigitFor(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return ((10 - sum % 10) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
