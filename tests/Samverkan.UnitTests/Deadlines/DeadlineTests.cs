using NUnit.Framework;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Shouldly;

namespace Samverkan.UnitTests.Deadlines;

public sealed class DeadlineTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static Deadline Open() =>
        Deadline.Open("preliminary-assessment", Guid.NewGuid(), "ostermalm", Guid.NewGuid(), null, new DateOnly(2026, 3, 16), "11 kap. 1 a § SoL", Now);

    [Test]
    public void A_breach_is_stamped_once()
    {
        var deadline = Open();
        deadline.Breach(Now.AddDays(15)).ShouldBeTrue();
        deadline.Breach(Now.AddDays(16)).ShouldBeFalse();
        deadline.BreachedAt.ShouldBe(Now.AddDays(15));
    }

    [Test]
    public void Met_late_keeps_its_breach_and_is_not_on_time()
    {
        var deadline = Open();
        deadline.Breach(Now.AddDays(15));
        deadline.Meet(Now.AddDays(16));
        deadline.Status.ShouldBe(DeadlineStatus.Met);
        deadline.MetOnTime(new DateOnly(2026, 3, 17)).ShouldBeFalse();
        deadline.BreachedAt.ShouldNotBeNull();
    }

    [Test]
    public void Met_on_the_due_date_itself_is_on_time_even_if_the_hourly_check_has_not_run()
    {
        var deadline = Open();
        deadline.Meet(Now.AddDays(14));
        deadline.MetOnTime(new DateOnly(2026, 3, 16)).ShouldBeTrue();
        deadline.MetOnTime(new DateOnly(2026, 3, 17)).ShouldBeFalse();
    }

    [Test]
    public void An_extension_needs_a_later_date_and_reopens_a_breached_deadline_keeping_its_breach()
    {
        var deadline = Open();
        Should.Throw<BusinessRuleViolationException>(() => deadline.Extend(new DateOnly(2026, 3, 10), "Synnerliga skäl", DateOnly.MaxValue));
        deadline.Breach(Now.AddDays(15));
        deadline.Extend(new DateOnly(2026, 3, 30), "Synnerliga skäl", DateOnly.MaxValue);
        deadline.Status.ShouldBe(DeadlineStatus.Open);
        deadline.BreachedAt.ShouldBe(Now.AddDays(15));
    }

    [Test]
    public void An_extension_goes_no_further_than_its_rule_allows()
    {
        var deadline = Open();
        var rule = Should.Throw<BusinessRuleViolationException>(() => deadline.Extend(new DateOnly(9999, 12, 31), "Synnerliga skäl", new DateOnly(2026, 4, 16)));
        rule.Rule.ShouldBe("Extension within its rule");
        deadline.Extend(new DateOnly(2026, 4, 16), "Synnerliga skäl", new DateOnly(2026, 4, 16));
        deadline.DueDate.ShouldBe(new DateOnly(2026, 4, 16));
    }

    [Test]
    public void A_met_deadline_can_neither_be_cancelled_nor_extended()
    {
        var deadline = Open();
        deadline.Meet(Now);
        deadline.Cancel(Now, "Ärendet avslutat");
        deadline.Status.ShouldBe(DeadlineStatus.Met);
        Should.Throw<BusinessRuleViolationException>(() => deadline.Extend(new DateOnly(2026, 4, 1), "x", DateOnly.MaxValue));
    }
}
