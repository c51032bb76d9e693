using System.Text.Json;
using Leaflet.Diagnostics;

namespace Leaflet.Serve;

/// <summary>
/// The events the injected script understands, in the text/event-stream format: <c>build</c> says
/// which build is current (a page made by an older one reloads), <c>reload</c> names the files that
/// changed, <c>problems</c> carries the diagnostics of a failed build for the overlay, <c>warnings</c> those
/// of a good build (none clears them).
/// </summary>
public static class ServerEvents
{
    public static string Build(int number) => Event("build", JsonSerializer.Serialize(new { build = number }));

    public static string Reload(int number, IReadOnlyList<string> changed) =>
        Event("reload", JsonSerializer.Serialize(new { build = number, changed }));

    public static string Problems(IReadOnlyList<Diagnostic> diagnostics) =>
        Event("problems", JsonSerializer.Serialize(new
        {
            errors = diagnostics.Count(d => d.Severity == Severity.Error),
            lines = diagnostics.OrderByDescending(d => d.Severity).Select(d => d.ToString()).ToList(),
        }));

    public static string Warnings(IReadOnlyList<Diagnostic> warnings) =>
        Event("warnings", JsonSerializer.Serialize(new { warnings = warnings.Count, lines = warnings.Select(d => d.ToString()).ToList() }));

    /// <summary>A comment line: keeps proxies and the browser from thinking the stream died.</summary>
    public const string KeepAlive = ": keep-alive\n\n";

    /// <summary>How long the browser waits before it reconnects after the server went away.</summary>
    public const string Retry = "retry: 500\n\n";

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
