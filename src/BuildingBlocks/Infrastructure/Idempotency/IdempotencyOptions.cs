namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>Configuration section "Idempotency".</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>
    /// How long a key and its stored answer are kept: a retry within this time gets the first answer, later the
    /// key is new again. The stored answer can hold personal data, so it is kept no longer than retries need.
    /// </summary>
    public TimeSpan KeepKeysFor { get; set; } = TimeSpan.FromHours(24);
}
