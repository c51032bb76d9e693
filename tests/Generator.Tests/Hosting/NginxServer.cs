using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Leaflet.Tests.Hosting;

/// <summary>Debian's nginx, run by the current user on a free port of 127.0.0.1 with a configuration in a folder of its own.</summary>
public sealed class NginxServer : IDisposable
{
    public const string Program = "/usr/sbin/nginx";
    public const string InstallCommand = "apt-get install -y nginx";

    private readonly Process _process;

    private NginxServer(Process process, int port)
    {
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Address { get; }

    public static bool Available => File.Exists(Program);

    /// <summary>
    /// Starts nginx with <paramref name="server"/> (the block of docs/hosting.md) serving <paramref name="site"/>,
    /// its files in <paramref name="folder"/>, on a port the system has just given out, and waits until it
    /// accepts connections. Another process may take the port in between; then it tries another.
    /// </summary>
    public static NginxServer Start(string server, string site, string folder)
    {
        var config = Path.Combine(folder, "nginx.conf");
        var log = Path.Combine(folder, "error.log");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            File.WriteAllText(config, NginxConfiguration.Whole(NginxConfiguration.Served(server, port, site), folder));
            var start = new ProcessStartInfo(Program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-p", folder, "-c", config, "-e", log }) start.ArgumentList.Add(argument);
            var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            if (WaitUntilListening(process, port)) return new NginxServer(process, port);

            if (!process.HasExited) process.Kill();
            process.WaitForExit();
            var said = errors.Result + (File.Exists(log) ? File.ReadAllText(log) : "");
            process.Dispose();
            if (attempt < 3 && said.Contains("Address already in use", StringComparison.Ordinal)) continue;
            throw new InvalidOperationException($"nginx did not start with the configuration of docs/hosting.md:\n{said}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool WaitUntilListening(Process process, int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        return false;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited) process.Kill();
        process.WaitForExit();
        process.Dispose();
    }

    public void Dispose() => Stop(_process);
}
