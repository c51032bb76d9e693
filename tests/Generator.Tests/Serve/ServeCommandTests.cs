using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Leaflet.Pipeline;
using Leaflet.Cli;
using Leaflet.Serve;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Serve;

/// <summary>`leaflet serve` as a person runs it: a clear message for a busy port, a clean stop on Ctrl+C, and builds without the script.</summary>
public sealed class ServeCommandTests
{
    private const int SignalInterrupt = 2;

    [Fact]
    public void A_busy_port_prints_one_line_and_exits_with_2()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ServeCommand.Run(["--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--port", port, "--no-pdf"], output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        var lines = error.ToString().Trim().Split('\n');
        Assert.Equal($"leaflet: error LF9004: port {port} is in use; choose another with --port", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains("Exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ctrl_c_stops_the_server_cleanly()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { typeof(SitePipeline).Assembly.Location, "serve", "--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--port", "0", "--no-pdf" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var serving = await ReadUntil(process.StandardOutput, "Serving http://127.0.0.1:", TimeSpan.FromSeconds(60));
            var address = new Uri(serving.Split(' ')[1]);
            using (var http = new HttpClient())
                Assert.Contains("<html", await http.GetStringAsync(address));

            Assert.Equal(0, Kill(process.Id, SignalInterrupt));
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", await process.StandardOutput.ReadToEndAsync());
            Assert.DoesNotContain("Exception", await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_normal_build_has_no_live_reload_script()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = workspace.Build(noPdf: true).AssertPublished();

        Assert.NotEmpty(site.HtmlPages);
        Assert.All(site.HtmlPages, page => Assert.DoesNotContain("_leaflet", site.Text(page)));
        Assert.All(site.HtmlPages, page => Assert.DoesNotContain("<script", site.Text(page)));
    }

    private static async Task<string> ReadUntil(StreamReader reader, string prefix, TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
            if (line.StartsWith(prefix, StringComparison.Ordinal)) return line;
        throw new InvalidOperationException($"the server ended without printing '{prefix}'");
    }

    /// <summary>Ctrl+C in a terminal sends SIGINT; .NET can send only SIGKILL to another process, so ask libc.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
