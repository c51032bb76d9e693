using System.Diagnostics;
using System.Net.Sockets;

namespace Leaflet.ServeLatency;

/// <summary>`leaflet serve` as a separate process, listened to as a page does: its server-sent events.</summary>
public sealed class LeafletServer(string dll, string content, string templates, bool noPdf) : IReloadingServer
{
    private Process? _process;
    private HttpClient? _http;
    private StreamReader? _events;

    public string Name => noPdf ? "leaflet serve --no-pdf" : "leaflet serve";

    public async Task<TimeSpan> Start()
    {
        var clock = Stopwatch.StartNew();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "serve", "--content", content, "--templates", templates, "--port", port.ToString() }.Concat(noPdf ? ["--no-pdf"] : []))
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        _ = _process.StandardError.ReadToEndAsync();
        while (await _process.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith("Serving", StringComparison.Ordinal)) { }
        _ = DrainAsync(_process.StandardOutput);
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout.InfiniteTimeSpan };
        var response = await _http.GetAsync("_leaflet/events", HttpCompletionOption.ResponseHeadersRead);
        _events = new StreamReader(await response.Content.ReadAsStreamAsync());
        await Until("event: build");
        return clock.Elapsed;
    }

    public async Task<TimeSpan> TimeReload(Action edit)
    {
        var clock = Stopwatch.StartNew();
        edit();
        await Until("event: reload");
        return clock.Elapsed;
    }

    private async Task Until(string line)
    {
        while (await _events!.ReadLineAsync() is { } read)
            if (read == line) return;
        throw new InvalidOperationException("the event stream ended");
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line) Console.WriteLine($"    | {line}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _events?.Dispose();
        _http?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }
}
