using System.Diagnostics;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Leaflet.ServeLatency;

/// <summary>`hugo server` (rendering to memory, its default), listened to as its livereload.js does: a WebSocket.</summary>
public sealed class HugoServer(string site) : IReloadingServer
{
    private Process? _process;
    private ClientWebSocket? _socket;

    public string Name => "hugo server";

    public async Task<TimeSpan> Start()
    {
        var clock = Stopwatch.StartNew();
        var port = FreePort();
        var start = new ProcessStartInfo("hugo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "server", "-s", site, "--port", port.ToString(), "--bind", "127.0.0.1", "--disableFastRender=false" })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        _ = _process.StandardError.ReadToEndAsync();
        while (await _process.StandardOutput.ReadLineAsync() is { } line && !line.Contains("Web Server is available", StringComparison.Ordinal))
            if (Environment.GetEnvironmentVariable("SERVE_LATENCY_TRACE") == "1") Console.WriteLine($"    | {line}");
        _ = Drain(_process.StandardOutput);
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/livereload"), CancellationToken.None);
        await Send("""{"command":"hello","protocols":["http://livereload.com/protocols/official-7"]}""");
        await Until("hello");
        return clock.Elapsed;
    }

    public async Task<TimeSpan> TimeReload(Action edit)
    {
        var clock = Stopwatch.StartNew();
        edit();
        await Until("reload");
        return clock.Elapsed;
    }

    private Task Send(string text) => _socket!.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task Until(string command)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await _socket!.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("hugo closed the socket");
            var message = Encoding.UTF8.GetString(buffer, 0, result.Count);
            if (Environment.GetEnvironmentVariable("SERVE_LATENCY_TRACE") == "1") Console.WriteLine($"    < {message}");
            if (message.Replace(" ", "", StringComparison.Ordinal).Contains($"\"command\":\"{command}\"", StringComparison.Ordinal)) return;
        }
    }

    private static async Task Drain(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
            if (line.Contains("ms", StringComparison.Ordinal)) Console.WriteLine($"    | {line}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _socket?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }
}
