using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Leaflet.Tests.Links;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 and a random port, so online checks are tested without
/// the internet. It answers by path and counts requests, and the most it served at once.
/// </summary>
internal sealed class TestWebServer : IDisposable
{
    public static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(3);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private int _inFlight;
    private int _mostInFlight;

    public TestWebServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public int TotalHits => _hits.Values.Sum();

    private (int Status, string? Location, TimeSpan Delay) Answer(string path, int hit) => path switch
    {
        "/ok" => (200, null, TimeSpan.Zero),
        "/moved" => (301, "/ok", TimeSpan.Zero),
        "/found" => (302, Url("/ok"), TimeSpan.Zero),
        "/moved-to-missing" => (308, "/missing", TimeSpan.Zero),
        "/loop" => (301, "/loop", TimeSpan.Zero),
        "/forbidden" => (403, null, TimeSpan.Zero),
        "/error" => (500, null, TimeSpan.Zero),
        "/flaky" => (hit == 1 ? 503 : 200, null, TimeSpan.Zero),
        "/slow" => (200, null, SlowAnswer),
        _ when path.StartsWith("/busy/", StringComparison.Ordinal) => (200, null, TimeSpan.FromMilliseconds(150)),
        _ => (404, null, TimeSpan.Zero),
    };

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII);
                var requestLine = await reader.ReadLineAsync() ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync())) { }
                var path = requestLine.Split(' ') is [_, var target, ..] ? target : "/";
                var hit = _hits.AddOrUpdate(path, 1, (_, count) => count + 1);

                var now = Interlocked.Increment(ref _inFlight);
                InterlockedMax(ref _mostInFlight, now);
                var (status, location, delay) = Answer(path, hit);
                try { await Task.Delay(delay, _stop.Token); }
                finally { Interlocked.Decrement(ref _inFlight); }

                var head = $"HTTP/1.1 {status} Test\r\nContent-Length: 0\r\nConnection: close\r\n"
                    + (location is null ? "" : $"Location: {location}\r\n") + "\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The checker gave up on a slow answer, or the test is over.
            }
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
