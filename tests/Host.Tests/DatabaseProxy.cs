using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Host.Tests;

/// <summary>
/// A TCP relay on the loopback between the host and PostgreSQL that a test can cut: while cut, every open connection
/// is dropped and new ones are closed as soon as they are accepted, as when the server restarts.
/// </summary>
public sealed class DatabaseProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private string _host = "";
    private int _port;
    private volatile bool _cut;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Start(string host, int port)
    {
        (_host, _port) = (host, port);
        _listener.Start();
        _ = AcceptAsync();
    }

    public void Cut()
    {
        _cut = true;
        foreach (var client in _open.Keys) Drop(client);
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            if (_cut) { client.Dispose(); continue; }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_host, _port, _stop.Token);
            var up = client.GetStream().CopyToAsync(server.GetStream(), _stop.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception)
        {
            // A dropped side ends the relay.
        }
        finally
        {
            Drop(client);
            Drop(server);
        }
    }

    private void Drop(TcpClient client)
    {
        _open.TryRemove(client, out _);
        try { client.Client.Close(0); } catch (Exception) { }
        client.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _open.Keys) Drop(client);
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
