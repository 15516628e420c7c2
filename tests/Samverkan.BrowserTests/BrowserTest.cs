using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.BrowserTests;

/// <summary>
/// The real Host on a Kestrel port (as in the integration tests) and Debian's Chromium driven by Playwright.
/// Playwright never downloads a browser here: it launches /usr/bin/chromium (build/install-test-dependencies.sh).
/// </summary>
public abstract class BrowserTest : IntegrationTest
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private readonly List<string> _policyViolations = [];

    protected IPage Page { get; private set; } = null!;

    protected Uri BaseAddress { get; private set; } = null!;

    /// <summary>A demo administrator for the development login, as appsettings.Development.json has.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DemoUsers:0:UserName"] = "admin",
        ["DemoUsers:0:Description"] = "Administratör, Socialtjänsten Östermalm",
        ["DemoUsers:0:OrganisationId"] = TestUser.OstermalmSocialServices.ToString(),
        ["DemoUsers:0:Districts:0"] = "ostermalm",
        ["DemoUsers:0:Roles:0"] = "administrator",
    };

    [OneTimeSetUp]
    public async Task LaunchBrowser()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"], // the test machines run as root
        });
    }

    [SetUp]
    public async Task OpenPage()
    {
        using var client = App.ClientFor();
        BaseAddress = client.BaseAddress!;
        _context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "sv-SE" });
        Page = await _context.NewPageAsync();
        // Chromium reports what the console's Content-Security-Policy blocked as console errors: a style or
        // script the policy refuses would leave a page silently broken, so each test fails on one.
        _policyViolations.Clear();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Add(message.Text);
            }
        };
        // The first page a fresh Host serves on a busy two-core CI machine (JIT, first queries) once took
        // longer than Playwright's 30 s default; waiting longer changes no assertion.
        Page.SetDefaultTimeout(90_000);
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        Assert.That(_policyViolations, Is.Empty, "The page broke its Content-Security-Policy.");
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    protected async Task SignInAsAdministratorAsync()
    {
        await Page.GotoAsync("/admin");
        await Page.GetByLabel("Demoanvändare").SelectOptionAsync("admin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await WaitForPageAsync("/admin", Page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Logga ut ") }));
    }

    /// <summary>
    /// Waits until <paramref name="shown"/> (what the user sees once the page is there) shows, then asserts the page
    /// is <paramref name="path"/>. A wait on the element, not on the URL: a click has already committed its redirect,
    /// and Playwright's WaitForURL then waits for a load event it can miss (it once hung 90 s in a full-suite run
    /// here, seeing only "NetworkIdle").
    /// </summary>
    protected async Task WaitForPageAsync(string path, ILocator shown)
    {
        await shown.WaitForAsync();
        new Uri(Page.Url).AbsolutePath.ShouldBe(path);
    }

    /// <summary>What axe-core finds serious or critical on the page now open, each naming <paramref name="path"/>.</summary>
    protected async Task<List<string>> SeriousViolationsAsync(string path)
    {
        var result = await Page.RunAxe();
        result.Passes.ShouldNotBeEmpty(path); // axe really ran on the page
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }
}
