using Samverkan.BuildingBlocks.Domain.Identity;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.Suspensions;
using Shouldly;

namespace Samverkan.UnitTests.SchoolAttendance;

public sealed class SuspensionRuleTests
{
    [TestCase("2026-06-30", 2026, 1)]
    [TestCase("2026-07-01", 2026, 2)]
    [TestCase("2026-12-31", 2026, 2)]
    [TestCase("2027-01-01", 2027, 1)]
    public void CalendarHalfYear_SplitsAtJuly(string date, int year, int half) =>
        CalendarHalfYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(new CalendarHalfYear(year, half));

    [TestCase(2026, 1, "2027-12-31")]
    [TestCase(2026, 2, "2028-06-30")]
    public void RestOfHalfYearPlusThreeMore_EndsOnTheThirdFollowingHalfYearsLastDay(int year, int half, string end) =>
        new CalendarHalfYear(year, half).Plus(3).End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(end);

    [Test]
    public void Organiser_DecidingInAutumn_MayReachTheEndOfSpringTwoYearsLater()
    {
        var today = new DateOnly(2026, 9, 15);
        var pupil = UpperSecondaryPupil(today);

        Decide(pupil, today, new DateOnly(2028, 6, 30)).EndDate.ShouldBe(new DateOnly(2028, 6, 30));
        Should.Throw<BusinessRuleViolationException>(() => Decide(pupil, today, new DateOnly(2028, 7, 1))).Rule.ShouldBe("5 kap. 19 § skollagen (2010:800)");
    }

    [Test]
    public void Suspension_OfAPupilUnderEighteen_InformsSocialServices_OfAnAdult_DoesNot()
    {
        var today = new DateOnly(2026, 3, 2);
        var child = new Pupil(PersonalIdentityNumber.Parse("20080303-2382", today), Guid.NewGuid(), Guid.NewGuid(), "ostermalm", SchoolForms.UpperSecondary, false, null);
        var adult = new Pupil(PersonalIdentityNumber.Parse("20080302-2383", today), Guid.NewGuid(), Guid.NewGuid(), "ostermalm", SchoolForms.UpperSecondary, false, null);

        Principal(child, today).SocialServicesInformed.ShouldBeTrue();
        Principal(adult, today).SocialServicesInformed.ShouldBeFalse();
    }

    [Test]
    public void ASuspensionOverlappingAnEarlierOne_IsRefused_OneRightAfterIt_IsNot()
    {
        var today = new DateOnly(2026, 3, 2);
        var pupil = UpperSecondaryPupil(today);
        var earlier = Decide(pupil, today, today.AddDays(2));

        Should.Throw<BusinessRuleViolationException>(() => Suspension.Decide(
            pupil, [earlier], new SuspensionRequest(today.AddDays(2), today.AddDays(3), SuspensionDeciders.Organiser, "Hot", today, null, null, today), "organiser", today))
            .Rule.ShouldBe("Suspension overlaps");
        Suspension.Decide(pupil, [earlier], new SuspensionRequest(today.AddDays(3), today.AddDays(4), SuspensionDeciders.Organiser, "Hot", today, null, null, today), "organiser", today)
            .StartDate.ShouldBe(today.AddDays(3));
    }

    private static Suspension Principal(Pupil pupil, DateOnly today) =>
        Suspension.Decide(pupil, [], new SuspensionRequest(today, today.AddDays(4), SuspensionDeciders.Principal, "Hot", today, null, null, null), "principal", today);

    private static Suspension Decide(Pupil pupil, DateOnly today, DateOnly end) =>
        Suspension.Decide(pupil, [], new SuspensionRequest(today, end, SuspensionDeciders.Organiser, "Hot", today, null, null, today), "organiser", today);

    private static Pupil UpperSecondaryPupil(DateOnly today) =>
        new(PersonalIdentityNumber.Parse("20090915-2381", today), Guid.NewGuid(), Guid.NewGuid(), "ostermalm", SchoolForms.UpperSecondary, false, null);
}
