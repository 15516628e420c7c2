using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;

namespace Samverkan.BrowserTests;

// In the root namespace, so it runs once before every test of the assembly: its own database, so it can run
// beside the integration tests.
[SetUpFixture]
public sealed class AssemblySetup
{
    [OneTimeSetUp]
    public async Task CreateDatabase() => await TestDatabase.CreateAsync("samverkan_browser_tests");
}
