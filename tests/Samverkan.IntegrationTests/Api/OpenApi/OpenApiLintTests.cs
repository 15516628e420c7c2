using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api.OpenApi;

/// <summary>The live document passes Redocly's recommended rules (npm @redocly/cli) with no errors.</summary>
public sealed class OpenApiLintTests : IntegrationTest
{
    [Test]
    public async Task The_live_document_passes_redocly_lint_without_errors()
    {
        using var document = await LiveDocument.WriteAsync(App);

        var lint = await NodeTools.RunAsync("redocly", ["lint", document.Path, "--format", "stylish"]);

        lint.ExitCode.ShouldBe(0, lint.Output);
        lint.Output.ShouldContain("valid", customMessage: lint.Output);
    }
}
