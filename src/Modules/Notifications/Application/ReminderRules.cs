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
