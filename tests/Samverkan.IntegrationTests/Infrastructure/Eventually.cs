namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for something a real background process does (a relay, a scheduler in another process), by polling;
/// fails with the caller's explanation if it has not happened within the limit. Never a timed assertion: the
/// limit only bounds how long a broken build waits.
/// </summary>
public static class Eventually
{
    public static async Task<long> ReachesAsync(Func<Task<long>> count, long atLeast, TimeSpan within, Func<string> explain)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        long value;
        while ((value = await count()) < atLeast)
        {
            if (waited.Elapsed > within)
            {
                NUnit.Framework.Assert.Fail($"Waited {within.TotalSeconds:F0} s for {atLeast}, got {value}. {explain()}");
            }

            await Task.Delay(100);
        }

        return value;
    }
}
