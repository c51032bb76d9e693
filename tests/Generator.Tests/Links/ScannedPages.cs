using Leaflet.Links.Strict;
using Leaflet.Links;

namespace Leaflet.Tests.Links;

/// <summary>The two ways to scan a page, and what they must agree on.</summary>
internal static class ScannedPages
{
    public const string PagePath = "page.html";

    public static ScannedPage Full(string html) => new PageScanner().Scan(PagePath, html);

    public static ScannedPage? Strict(string html) => StrictPageScanner.TryScan(PagePath, html);

    /// <summary>Every part of the page the checker reads, each in a line of its own, so a difference reads as one.</summary>
    public static string Describe(ScannedPage page) => string.Join('\n', [
        $"lang {page.Language ?? "(none)"}",
        $"base {page.BaseHref ?? "(none)"}",
        $"ids {string.Join(' ', page.Ids.Order(StringComparer.Ordinal))}",
        $"names {string.Join(' ', page.AnchorNames.Order(StringComparer.Ordinal))}",
        .. page.Links.Select(l => $"link {l.Line}:{l.Column} {l.Role} {l.Href} {l.HrefLang ?? "-"}"),
        .. page.Findings.Select(f => $"finding {f.Line}:{f.Column} {f.Code} {f.Message}"),
    ]);

    /// <summary>Whatever the strict scanner accepts, it must read exactly as AngleSharp's parse does.</summary>
    /// <returns>Whether the strict scanner accepted the page.</returns>
    public static bool AssertAgreeWhenAccepted(string html)
    {
        var strict = Strict(html);
        if (strict is null) return false;
        var full = Describe(Full(html));
        Assert.True(full == Describe(strict), $"the strict scanner read the page differently:\n{html}\n--- parser:\n{full}\n--- strict:\n{Describe(strict)}");
        return true;
    }
}
