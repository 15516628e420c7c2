using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application;

/// <summary>Configuration section "Notifications:Reminders": a default policy and one entry per kind.</summary>
public sealed class ReminderRules
{
    public const string Section = "Notifications:Reminders";

    // Used when configuration gives no default. Not an initial value of Default: the configuration binder
    // appends to collections it finds filled, so configured days would be added to these.
    private static readonly ReminderPolicy BuiltInDefault = new() { BeforeDays = [3, 1] };

    public ReminderPolicy? Default { get; set; }

    public Dictionary<string, ReminderPolicy> Kinds { get; set; } = [];

    public ReminderPolicy For(string kind) => Kinds.GetValueOrDefault(kind) ?? Default ?? BuiltInDefault;

    public string LabelOf(string kind) => For(kind).Label ?? kind;
}

/// <summary>Configuration section "Notifications": where links in reminders point.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address people open Samverkan at; links in inbox and e-mail start with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
}
