namespace Samverkan.Host.Abuse;

/// <summary>
/// Configuration section "RateLimits": how many requests one signed-in user (by the token's <c>sub</c>), or one
/// client address without a token, may make per window. The defaults are far above what a person using a
/// district's front end does (README, Configuration); tests set them low.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public WindowLimit PerUser { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public WindowLimit PerAddress { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };
}

internal sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
