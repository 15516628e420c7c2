namespace Samverkan.Notifications.Domain;

/// <summary>
/// When to remind about one kind of deadline, and whom to escalate to (configuration: Notifications:Reminders).
/// Adding a kind of deadline needs at most one such entry; without one the default applies.
/// </summary>
public sealed class ReminderPolicy
{
    /// <summary>Swedish name of the kind, for the inbox and e-mail, e.g. "Förhandsbedömning (14 dagar)".</summary>
    public string? Label { get; set; }

    /// <summary>Days before the due date to remind, e.g. [3, 1].</summary>
    public int[] BeforeDays { get; set; } = [];

    /// <summary>Days after the first overdue reminder before the responsible manager is told.</summary>
    public int EscalateAfterDays { get; set; } = 2;

    /// <summary>
    /// Whether the due day itself is reminded. Off for a deadline due the day it opens whose point is that it
    /// was not met by the end of that day (a case worker still to be assigned): the reminder is the overdue one.
    /// </summary>
    public bool RemindOnDueDay { get; set; } = true;

    /// <summary>
    /// When no person is responsible, the role within the responsible organisation the reminders go to (e.g. the
    /// unit manager, who assigns the case); null: everyone in the organisation.
    /// </summary>
    public string? RemindToRole { get; set; }

    /// <summary>The role within the responsible organisation that receives the escalation.</summary>
    public string EscalateToRole { get; set; } = "social-services-manager";
}
