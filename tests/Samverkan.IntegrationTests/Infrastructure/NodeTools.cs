using System.Diagnostics;
using System.Text;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// The Node tools of tests/api-client (Redocly's linter, openapi-typescript, tsc and the client scenario), run as
/// child processes. build/test.sh installs them with npm ci; without them a test fails saying so, never skips.
/// </summary>
public static class NodeTools
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>tests/api-client of the repository the test assembly was built from.</summary>
    public static string ClientDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "api-client");

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Samverkan.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Samverkan.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>A package's command from node_modules/.bin (e.g. "redocly", "tsc"), or "node" itself.</summary>
    public static Task<NodeResult> RunAsync(string command, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var executable = command == "node" ? "node" : Path.Combine(ClientDirectory, "node_modules", ".bin", command);
        if (command != "node" && !File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run build/test.sh, or `npm ci` in {ClientDirectory}.");
        }

        return RunProcessAsync(executable, arguments, environment);
    }

    private static async Task<NodeResult> RunProcessAsync(string executable, IEnumerable<string> arguments, IDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(executable, arguments)
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} ran longer than {Limit}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new NodeResult(process.ExitCode, output.ToString());
        }

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }
}

public sealed record NodeResult(int ExitCode, string Output);
