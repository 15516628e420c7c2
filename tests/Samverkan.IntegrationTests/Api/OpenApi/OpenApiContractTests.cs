using System.Diagnostics;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;

namespace Samverkan.IntegrationTests.Api.OpenApi;

/// <summary>
/// Change discipline: the contract is committed (docs/openapi/v1.json), and the live document must equal it, so
/// every change to the API shows in review as a diff of that file. Regenerate after an intended change with
/// <c>SAMVERKAN_UPDATE_OPENAPI=1 build/test.sh --filter FullyQualifiedName~OpenApiContract</c>.
/// </summary>
public sealed class OpenApiContractTests : IntegrationTest
{
    public const string Regenerate = "SAMVERKAN_UPDATE_OPENAPI=1 build/test.sh --filter FullyQualifiedName~OpenApiContract";

    private static string CommittedPath => Path.Combine(NodeTools.RepositoryRoot(), "docs", "openapi", "v1.json");

    [Test]
    public async Task The_live_document_is_the_committed_contract()
    {
        var live = await LiveDocument.TextAsync(App);
        if (Environment.GetEnvironmentVariable("SAMVERKAN_UPDATE_OPENAPI") == "1")
        {
            // Written, then compared below like any run: the copy read back must be the live document.
            await File.WriteAllTextAsync(CommittedPath, live);
        }

        var committed = File.Exists(CommittedPath) ? (await File.ReadAllTextAsync(CommittedPath)).ReplaceLineEndings("\n") : string.Empty;
        if (committed != live)
        {
            Assert.Fail($"The API's OpenAPI document differs from the committed docs/openapi/v1.json.\n"
                + $"If the change is intended, regenerate the copy and commit it:\n    {Regenerate}\n\n{await DiffAsync(live)}");
        }
    }

    /// <summary>A unified diff, committed to live, cut to a readable length.</summary>
    private static async Task<string> DiffAsync(string live)
    {
        using var liveFile = new TemporaryFile(Path.Combine(Path.GetTempPath(), $"samverkan-openapi-live-{Guid.NewGuid():N}.json"));
        await File.WriteAllTextAsync(liveFile.Path, live);
        var start = new ProcessStartInfo("diff", ["-u", "--label", "docs/openapi/v1.json (committed)", "--label", "live document", CommittedPath, liveFile.Path])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var diff = Process.Start(start)!;
        var text = await diff.StandardOutput.ReadToEndAsync();
        await diff.WaitForExitAsync();
        var lines = text.Split('\n');
        return lines.Length <= 400 ? text : string.Join('\n', lines.Take(400)) + $"\n... ({lines.Length - 400} more lines of diff)";
    }
}
