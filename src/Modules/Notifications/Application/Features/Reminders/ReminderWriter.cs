using System.Globalization;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Reminders;

/// <summary>
/// Composes the reminder steps a deadline has due today and sets when to look at it next; the caller writes them
/// with AddOnceAsync, each once (the key is deadline, due date and step, so an extended deadline is reminded
/// afresh), many deadlines' reminders in one statement.
/// </summary>
internal sealed class ReminderWriter(IOptions<ReminderRules> rules, IOptions<PublicAddress> publicAddress, TimeProvider time)
{
    public List<Notification> DueNow(TrackedDeadline deadline)
    {
        if (!deadline.IsOutstanding)
        {
            deadline.NextReminderOn = null;
            return [];
        }

        var policy = rules.Value.For(deadline.Kind);
        var plan = ReminderPlan.For(deadline.DueDate, deadline.Status == TrackedDeadlineStatus.Breached, policy, StockholmCalendar.Today(time));
        deadline.NextReminderOn = plan.NextOn;
        return [.. plan.DueNow.Select(step => Compose(deadline, step, policy))];
    }

    // User ids are up to 200 characters and the key holds 200: a long one is keyed by its hash.
    private static string KeyPart(string userId) =>
        userId.Length <= 120 ? userId : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(userId)));

    private Notification Compose(TrackedDeadline deadline, ReminderStep step, ReminderPolicy policy)
    {
        var label = policy.Label ?? deadline.Kind;
        var due = deadline.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = step.Name switch
        {
            "due" => $"{label}: förfaller i dag",
            "overdue" => $"{label}: försenad (förföll {due})",
            "escalation" => $"{label}: försenad, till ansvarig chef",
            _ => $"{label}: förfaller {due}",
        };
        var workingDay = SwedishWorkingDays.NextWorkingDayFrom(deadline.DueDate);
        var dayOff = workingDay == deadline.DueDate
            ? string.Empty
            : $" Förfallodagen är en helgdag; fristen gäller ändå (nästa vardag {workingDay:yyyy-MM-dd}, endast som information).";
        var body = $"Ärende {deadline.SubjectId:N}: {label} ska vara klar senast {due} enligt {deadline.RuleReference}.{dayOff}";
        var person = step.IsEscalation ? null : deadline.ResponsibleUserId;
        var role = step.IsEscalation ? policy.EscalateToRole : person is null ? policy.RemindToRole : null;

        // A step is written once per recipient: a deadline reassigned reminds the new person of the step due now,
        // and the person it was taken from gets nothing more (keys of deadlines without a person are unchanged).
        var recipient = person is null ? string.Empty : $":{KeyPart(person)}";
        return new Notification(
            $"deadline:{deadline.Id:N}:{due}:{step.Name}{recipient}",
            "deadline-reminder",
            deadline.ResponsibleOrganisationId,
            person,
            role,
            deadline.DistrictCode,
            title,
            body,
            publicAddress.Value.Link($"/api/v1/notifications/deadlines/{deadline.Id}"),
            deadline.Id,
            time.GetUtcNow());
    }
}
