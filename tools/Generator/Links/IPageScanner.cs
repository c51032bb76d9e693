namespace Leaflet.Links;

/// <summary>
/// Reads one page into the summary the link check works on. A scanner may keep a parser between
/// pages and is not thread-safe: each worker asks <see cref="PageScanners"/> for its own.
/// </summary>
internal interface IPageScanner
{
    ScannedPage Scan(string pagePath, string html);
}
