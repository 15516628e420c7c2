namespace Samverkan.Notifications.Contracts;

/// <summary>
/// Notifications: reminders of every module's deadlines (before due, on the day, overdue, escalated) and
/// other notices, delivered to a per-user inbox and by e-mail. One name per concept: folder, namespace,
/// schema and route.
/// </summary>
public static class NotificationsModule
{
    public const string Name = "Notifications";
    public const string Schema = "notifications";
}
