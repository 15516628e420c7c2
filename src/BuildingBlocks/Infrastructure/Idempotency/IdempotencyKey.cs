namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>
/// The Idempotency-Key request header: 1 to 255 visible ASCII characters (a UUID is what clients usually send).
/// The IETF draft writes it as a structured-field string ("..."); its quotes are accepted and dropped.
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    public const int MaxLength = 255;

    /// <summary>The key, or null with the reason when the header's value is not one.</summary>
    public static (string? Key, string? Error) Parse(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value[1..^1];
        }

        if (value.Length is 0 or > MaxLength)
        {
            return (null, $"{HeaderName} must be 1 to {MaxLength} characters.");
        }

        return value.All(c => c is >= '!' and <= '~')
            ? (value, null)
            : (null, $"{HeaderName} may hold only visible ASCII characters (no spaces), such as a UUID.");
    }
}
