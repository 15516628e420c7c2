namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>A clock the test sets (Microsoft's testing TimeProvider is not in the registry here).</summary>
public sealed class FakeTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    // TimeProvider promises UTC (offset zero); Npgsql refuses other offsets for timestamptz.
    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
