namespace Leaflet.Links.Strict;

/// <summary>
/// Scans a page with <see cref="StrictPageScanner"/> and hands any page it declines to the full
/// parser, which is made only when the first such page arrives.
/// </summary>
internal sealed class StrictFirstPageScanner(Func<IPageScanner> fallback) : IPageScanner
{
    private readonly Lazy<IPageScanner> _fallback = new(fallback, LazyThreadSafetyMode.None);

    public ScannedPage Scan(string pagePath, string html) =>
        StrictPageScanner.TryScan(pagePath, html) ?? _fallback.Value.Scan(pagePath, html);
}
