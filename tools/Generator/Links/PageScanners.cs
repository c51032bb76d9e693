using Leaflet.Links.Strict;

namespace Leaflet.Links;

/// <summary>The one place that decides how pages are scanned; callers ask for a scanner by what they read.</summary>
internal static class PageScanners
{
    /// <summary>For HTML from anywhere, such as a folder given to <c>leaflet check</c>: the full HTML parser.</summary>
    public static IPageScanner ForAnyHtml() => new PageScanner();

    /// <summary>
    /// For the pages this build's templates wrote. Whatever scanner answers, the summary is the one the
    /// full HTML parser gives (docs/decisions/0030-strict-page-scanner.md).
    /// </summary>
    public static IPageScanner ForBuiltPages() => new StrictFirstPageScanner(ForAnyHtml);
}
