using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samverkan.IntegrationTests.Infrastructure;

namespace Samverkan.IntegrationTests.Api.OpenApi;

/// <summary>The Host's OpenAPI document as a front end downloads it, written the way the committed copy is.</summary>
public static class LiveDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<string> TextAsync(SamverkanApp app)
    {
        using var client = app.ClientFor();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        return document.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    public static async Task<JsonElement> ParsedAsync(SamverkanApp app) => JsonDocument.Parse(await TextAsync(app)).RootElement;

    /// <summary>Writes the live document to a temporary file for the Node tools; deleted with the returned handle.</summary>
    public static async Task<TemporaryFile> WriteAsync(SamverkanApp app)
    {
        var file = new TemporaryFile(Path.Combine(Path.GetTempPath(), $"samverkan-openapi-{Guid.NewGuid():N}.json"));
        await File.WriteAllTextAsync(file.Path, await TextAsync(app));
        return file;
    }
}

public sealed class TemporaryFile(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => File.Delete(Path);
}
