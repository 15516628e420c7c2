using NUnit.Framework;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Domain.Forums;
using Shouldly;

namespace Samverkan.UnitTests.OperativeForums;

public sealed class ForumRuleTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [TestCase("2026-01-01", "2026-VT")]
    [TestCase("2026-06-30", "2026-VT")]
    [TestCase("2026-07-01", "2026-HT")]
    [TestCase("2026-12-31", "2026-HT")]
    public void Term_OfADate(string date, string term) => Term.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ToString().ShouldBe(term);

    [Test]
    public void MinutesItem_NamingAChildWithoutConsent_IsRejected()
    {
        Should.Throw<BusinessRuleViolationException>(() => new MinutesItem("Ärende", "Frånvaro", "Kalle", null)).Rule.ShouldBe("Consent before naming a child");
        new MinutesItem("Ärende", "Frånvaro", null, "ignored").ConsentReference.ShouldBeNull();
    }

    [Test]
    public void Membership_EndedThenRejoined_KeepsBothPeriods()
    {
        var forum = new Forum(Guid.NewGuid(), "ostermalm", "Forum", ForumKinds.OperativeForum, Guid.NewGuid(), 2);
        var school = Guid.NewGuid();
        var first = forum.AddMember(school, null, "medlem", Today.AddDays(-30));

        forum.EndMembership(first.Id, Today.AddDays(-1));
        forum.AddMember(school, null, "medlem", Today);

        forum.Memberships.Select(m => (m.JoinedOn, m.LeftOn)).ShouldBe([(Today.AddDays(-30), (DateOnly?)Today.AddDays(-1)), (Today, null)]);
        Should.Throw<BusinessRuleViolationException>(() => forum.EndMembership(first.Id, Today)).Rule.ShouldBe("Membership active");
    }

    [Test]
    public void Meeting_PlannedInThePast_IsRejected() =>
        Should.Throw<BusinessRuleViolationException>(() => Meeting.Plan(Guid.NewGuid(), Today.AddDays(-1), new TimeOnly(13, 0), new TimeOnly(14, 0), "Sal 3", "", Today))
            .Rule.ShouldBe("Planned meeting in the future");
}
