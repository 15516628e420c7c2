namespace Samverkan.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Whether this Host relays in the background. Off, events wait in the outbox for a Host that does.</summary>
    public bool RelayEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts an event is parked: kept, visible, and no longer retried.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further one, up to an hour.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long relayed events stay in the outbox, for operators tracing what was sent.</summary>
    public TimeSpan KeepRelayedFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long consumers remember events they handled. Longer than KeepRelayedFor, so an event can only be
    /// redelivered while its inbox row still guards against a second effect.
    /// </summary>
    public TimeSpan KeepInboxFor { get; set; } = TimeSpan.FromDays(30);
}
