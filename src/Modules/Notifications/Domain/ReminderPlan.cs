using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Notifications.Domain;

/// <summary>One reminder to write: which step, for which due date, and whether it goes to the manager.</summary>
public sealed record ReminderStep(string Name, bool IsEscalation)
{
    public static ReminderStep Before(int days) => new($"before-{days}", false);

    public static readonly ReminderStep DueToday = new("due", false);
    public static readonly ReminderStep Overdue = new("overdue", false);
    public static readonly ReminderStep Escalation = new("escalation", true);
}

/// <summary>
/// Which reminder steps are due on a given Stockholm date for a deadline, and when the next one falls. Steps
/// that were missed (the service was down) are not sent late when a later step has taken their place: one
/// "before" reminder at most, the due-day reminder only on the day itself.
/// </summary>
public sealed record ReminderPlan(IReadOnlyList<ReminderStep> DueNow, DateOnly? NextOn)
{
    public static ReminderPlan For(DateOnly dueDate, bool breached, ReminderPolicy policy, DateOnly today)
    {
        var overdueOn = dueDate.PlusDays(1);
        var escalateOn = overdueOn.PlusDays(policy.EscalateAfterDays);
        var steps = new List<ReminderStep>();
        var isOverdue = breached || today >= overdueOn;
        if (!isOverdue)
        {
            var latestBefore = policy.BeforeDays.Where(days => days > 0 && today >= dueDate.PlusDays(-days)).Order().FirstOrDefault();
            if (latestBefore > 0 && today < dueDate)
            {
                steps.Add(ReminderStep.Before(latestBefore));
            }

            if (today == dueDate && policy.RemindOnDueDay)
            {
                steps.Add(ReminderStep.DueToday);
            }
        }
        else
        {
            steps.Add(ReminderStep.Overdue);
            if (today >= escalateOn)
            {
                steps.Add(ReminderStep.Escalation);
            }
        }

        var upcoming = policy.BeforeDays.Where(days => days > 0).Select(days => dueDate.PlusDays(-days))
            .Concat(policy.RemindOnDueDay ? [dueDate] : []).Append(overdueOn).Append(escalateOn)
            .Where(date => date > today)
            .Order()
            .ToList();
        DateOnly? next = upcoming.Count > 0 ? upcoming[0] : null;
        return new ReminderPlan(steps, next);
    }
}
