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
    // A scanner is not thread-safe: one per thread that renders pages.
    private readonly ThreadLocal<IPageScanner> _scanners = new(PageScanners.ForBuiltPages);
    private readonly ConcurrentDictionary<string, ScannedPage> _pages = new(StringComparer.Ordinal);

    public void Add(Route route, string html) => _pages[route.OutputPath] = _scanners.Value!.Scan(route.OutputPath, html);

    internal ScannedPage? Find(string path) => _pages.GetValueOrDefault(path);

    public void Dispose() => _scanners.Dispose();
}
