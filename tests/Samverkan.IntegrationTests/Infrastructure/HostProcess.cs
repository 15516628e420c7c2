using System.Collections.Concurrent;
using System.Diagnostics;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// The Host as its own operating-system process, started from the build output the way production runs it,
/// for what needs real separate instances (clustering). Killed, not stopped, when disposed.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The operating-system process id.</summary>
    public int Id => _process.Id;

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    public static HostProcess Start(IDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", ["Samverkan.Host.dll"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Samverkan"] = TestDatabase.ConnectionString;
        start.Environment["Authentication__Jwt__SigningKey"] = SamverkanApp.SigningKey;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("The Host process did not start."));
    }

    /// <summary>SIGKILL, as kill -9: no shutdown, nothing released but what the operating system releases.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 40)
        {
            _output.TryDequeue(out _);
        }
    }
}
