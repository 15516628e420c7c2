using NUnit.Framework;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// Base of tests that run the Host: one app per test fixture (migrated at its first start), and a database
/// emptied before each test so no test sees another's data.
/// </summary>
public abstract class IntegrationTest
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private SamverkanApp? _app;

    protected SamverkanApp App => _app ??= StartApp();

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    [SetUp]
    public async Task ResetDatabase()
    {
        App.ClientFor().Dispose();
        App.Time.Set(Start);
        await TestDatabase.ResetAsync();
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    protected SamverkanApp StartApp(IDictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        return new SamverkanApp(new FakeTime(Start), merged);
    }
}
