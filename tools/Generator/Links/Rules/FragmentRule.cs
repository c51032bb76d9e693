using Leaflet.Diagnostics;
using Leaflet.Routing;

namespace Leaflet.Links.Rules;

/// <summary>
/// A fragment must indicate an element of the target page, by the HTML standard's
/// "find a potential indicated element": the fragment as the URL holds it, then
/// percent-decoded; an id or an a element's name; compared case-sensitively. An empty
/// fragment and "top" mean the top of the page.
/// </summary>
internal static class FragmentRule
{
    public static Finding? Check(PageLink link, string fragment, string targetFile, CheckContext context)
    {
        // A fragment into a PDF or a picture is the viewer's business, not the site's.
        if (!SiteIndex.IsPage(targetFile) || context.PageAt(targetFile) is not { } page) return null;
        if (Indicates(page, fragment)) return null;

        var similar = page.SimilarTarget(UrlText.PercentDecode(fragment));
        var hint = similar is null ? "" : $" (an id differs only in letter case: '{similar}')";
        return Finding.Of(link, DiagnosticCodes.FragmentMissing,
            $"link '{link.Href}' has no target in {targetFile}{hint}", namesPage: targetFile == link.Page);
    }

    public static bool Indicates(ScannedPage page, string fragment)
    {
        if (fragment.Length == 0) return true;
        // The standard tries the serialized form first and the decoded one second; only
        // whether either matches counts here, so the cheap and common decoded form goes first.
        var decoded = UrlText.PercentDecode(fragment);
        return page.Indicates(decoded)
            || page.Indicates(UrlText.SerializeFragment(fragment))
            || decoded.Equals("top", StringComparison.OrdinalIgnoreCase);
    }
}
