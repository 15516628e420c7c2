using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP relay between a Host and the test cluster that a test can shut, as a network failure or a stopped
/// server looks to the Host: open connections are cut and new ones refused. Opened again on the same port,
/// the Host reaches the database as before. The cluster itself, shared by every test, keeps running.
/// </summary>
public sealed class DatabaseGate : IAsyncDisposable
{
    private readonly IPEndPoint _server;
    private readonly ConcurrentDictionary<TcpClient, byte> _connections = new();
    private TcpListener _listener;
    private CancellationTokenSource _open = new();

    private DatabaseGate(IPEndPoint server)
    {
        _server = server;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _open.Token);
    }

    public int Port { get; }

    /// <summary>The test database's connection string, through the gate.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    public static DatabaseGate Open()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        return new DatabaseGate(new IPEndPoint(IPAddress.Parse(builder.Host!), builder.Port));
    }

    /// <summary>Cuts every connection and refuses new ones.</summary>
    public async Task ShutAsync()
    {
        await _open.CancelAsync();
        _listener.Stop();
        foreach (var connection in _connections.Keys)
        {
            try
            {
                if (connection.Client is { Connected: true } socket)
                {
                    socket.LingerState = new LingerOption(true, 0); // a reset, as from a dead server
                }
            }
            catch (ObjectDisposedException)
            {
                // Its relay saw the cancellation above and closed it first: nothing left to cut. (The full
                // suite once failed the outage test here, in the gate's clean-up after its assertions.)
            }

            connection.Dispose();
        }

        _connections.Clear();
    }

    /// <summary>Accepts connections again, on the same port.</summary>
    public void Reopen()
    {
        _open = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _open.Token);
    }

    public async ValueTask DisposeAsync() => await ShutAsync();

    private async Task AcceptAsync(TcpListener listener, CancellationToken shut)
    {
        while (!shut.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(shut);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client, shut);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken shut)
    {
        var server = new TcpClient();
        _connections[client] = 0;
        _connections[server] = 0;
        try
        {
            await server.ConnectAsync(_server, shut);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(shut);
            var up = client.GetStream().CopyToAsync(server.GetStream(), either.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), either.Token);
            await Task.WhenAny(up, down);
            await either.CancelAsync();
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The gate was shut, or one side hung up.
        }
        finally
        {
            _connections.TryRemove(client, out _);
            _connections.TryRemove(server, out _);
            client.Dispose();
            server.Dispose();
        }
    }
}
