using System.Net;
using System.Net.Sockets;
using Leaflet.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leaflet.Serve;

/// <summary>
/// Kestrel from the shared framework with one handler and nothing else: no logging providers (the
/// command line decides what is printed) and no console lifetime (the command owns Ctrl+C).
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <returns>The running server, or the reason it could not listen (LF9004 for a busy port).</returns>
    public static async Task<(LiveServer? Server, Diagnostic? Problem)> StartAsync(string host, int port, LiveResponder responder, CancellationToken cancel)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (host == "localhost") kestrel.ListenLocalhost(port);
            else kestrel.Listen(IPAddress.TryParse(host, out var ip) ? ip : Dns.GetHostAddresses(host)[0], port);
        });
        var app = builder.Build();
        app.Run(responder.Respond);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync();
            return (null, Problem(DiagnosticCodes.PortInUse, $"port {port} is in use; choose another with --port"));
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            await app.DisposeAsync();
            return (null, Problem(DiagnosticCodes.CannotListen, $"cannot listen on {host} port {port}: {e.Message}"));
        }
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (new LiveServer(app, new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal) + "/")), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Diagnostic Problem(DiagnosticCode code, string message) => Diagnostic.Of(code, "leaflet", 0, 0, message);
}
