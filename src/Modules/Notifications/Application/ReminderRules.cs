using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application;

/// <summary>Configuration section "Notifications:Reminders": a default policy and one entry per kind.</summary>
public sealed class ReminderRules
{
    public const string Section = "Notifications:Reminders";

    public ReminderPolicy Default { get; set; } = new() { BeforeDays = [3, 1] };

    public Dictionary<string, ReminderPolicy> Kinds { get; set; } = [];

    public ReminderPolicy For(string kind) => Kinds.GetValueOrDefault(kind) ?? Default;

    public string LabelOf(string kind) => For(kind).Label ?? kind;
}

/// <summary>Configuration section "Notifications": where links in reminders point.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address people open Samverkan at; links in inbox and e-mail start with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
}
