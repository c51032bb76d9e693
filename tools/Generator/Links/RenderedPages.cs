using System.Collections.Concurrent;
using Leaflet.Routing;

namespace Leaflet.Links;

/// <summary>
/// Scans each page the moment the HTML stage has rendered it, on the thread that rendered it, so
/// the check that follows reads no page back from disk and parsing runs alongside rendering.
/// Pages that were not handed in here are read from disk as before.
/// </summary>
public sealed class RenderedPages : IDisposable
{
    // An HtmlParser is not thread-safe: one scanner per thread that renders pages.
    private readonly ThreadLocal<PageScanner> _scanners = new(() => new PageScanner());
    private readonly ConcurrentDictionary<string, ScannedPage> _pages = new(StringComparer.Ordinal);

    /// <summary>
    /// The templates write HTML the strict scanner reads (docs/decisions/0008-strict-scanner-for-the-builds-own-pages.md);
    /// a template that writes other HTML still gets every page checked, by the full parser.
    /// </summary>
    public void Add(Route route, string html) =>
        _pages[route.OutputPath] = StrictPageScanner.TryScan(route.OutputPath, html) ?? _scanners.Value!.Scan(route.OutputPath, html);

    internal ScannedPage? Find(string path) => _pages.GetValueOrDefault(path);

    public void Dispose() => _scanners.Dispose();
}
