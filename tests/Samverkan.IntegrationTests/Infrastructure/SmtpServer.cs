using System.Diagnostics;
using System.Net.Sockets;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server for the e-mail tests: Debian's aiosmtpd (installed by build/install-test-dependencies.sh),
/// storing what it receives in a Maildir the test reads back.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _maildir;

    private SmtpServer(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    public static async Task<SmtpServer> StartAsync()
    {
        var port = FreePort();
        var maildir = Path.Combine(Path.GetTempPath(), $"samverkan-mail-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var server = new SmtpServer(process, maildir, port);
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<ReceivedMail> Messages() =>
        Directory.Exists(Path.Combine(_maildir, "new"))
            ? [.. Directory.GetFiles(Path.Combine(_maildir, "new")).Select(File.ReadAllText).Select(ReceivedMail.Parse)]
            : [];

    /// <summary>Forgets what was received, so each test reads only its own mail.</summary>
    public void Clear()
    {
        var delivered = Path.Combine(_maildir, "new");
        if (Directory.Exists(delivered))
        {
            Array.ForEach(Directory.GetFiles(delivered), File.Delete);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (!_process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"aiosmtpd did not listen on port {Port}: {await _process.StandardError.ReadToEndAsync()}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
