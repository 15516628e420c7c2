using NUnit.Framework;

using Samverkan.IntegrationTests.Infrastructure;

namespace Samverkan.IntegrationTests;

// In the root namespace, so it runs once before every test of the assembly.

[SetUpFixture]
public sealed class AssemblySetup
{
    [OneTimeSetUp]
    public async Task CreateDatabase() => await TestDatabase.CreateAsync("samverkan_integration_tests");
}
