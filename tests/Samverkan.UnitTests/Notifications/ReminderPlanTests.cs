using NUnit.Framework;
using Samverkan.Notifications.Domain;
using Shouldly;

namespace Samverkan.UnitTests.Notifications;

public sealed class ReminderPlanTests
{
    private static readonly DateOnly Due = new(2026, 3, 16);
    private static readonly ReminderPolicy Policy = new() { BeforeDays = [3, 1], EscalateAfterDays = 2 };

    private static List<string> StepsOn(DateOnly today, bool breached = false) =>
        [.. ReminderPlan.For(Due, breached, Policy, today).DueNow.Select(step => step.Name)];

    [Test]
    public void Nothing_is_due_before_the_first_reminder_day() => StepsOn(new DateOnly(2026, 3, 12)).ShouldBeEmpty();

    [Test]
    public void Three_days_before_the_first_reminder_is_due() => StepsOn(new DateOnly(2026, 3, 13)).ShouldBe(["before-3"]);

    [Test]
    public void After_an_outage_only_the_latest_before_reminder_is_sent() => StepsOn(new DateOnly(2026, 3, 15)).ShouldBe(["before-1"]);

    [Test]
    public void On_the_due_date_only_the_due_day_reminder_is_sent() => StepsOn(Due).ShouldBe(["due"]);

    [Test]
    public void The_day_after_it_is_overdue_and_two_days_later_escalated()
    {
        StepsOn(new DateOnly(2026, 3, 17)).ShouldBe(["overdue"]);
        StepsOn(new DateOnly(2026, 3, 19)).ShouldBe(["overdue", "escalation"]);
    }

    [Test]
    public void A_breach_known_early_counts_as_overdue() => StepsOn(new DateOnly(2026, 3, 14), breached: true).ShouldBe(["overdue"]);

    [Test]
    public void The_next_reminder_date_is_the_next_step_and_none_after_the_escalation()
    {
        ReminderPlan.For(Due, false, Policy, new DateOnly(2026, 3, 2)).NextOn.ShouldBe(new DateOnly(2026, 3, 13));
        ReminderPlan.For(Due, false, Policy, new DateOnly(2026, 3, 13)).NextOn.ShouldBe(new DateOnly(2026, 3, 15));
        ReminderPlan.For(Due, false, Policy, new DateOnly(2026, 3, 17)).NextOn.ShouldBe(new DateOnly(2026, 3, 19));
        ReminderPlan.For(Due, false, Policy, new DateOnly(2026, 3, 19)).NextOn.ShouldBeNull();
    }
}
