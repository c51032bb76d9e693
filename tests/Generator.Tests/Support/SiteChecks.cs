namespace Leaflet.Tests.Support;

/// <summary>Whole-site checks shared by the real-content and fixture tests.</summary>
public static class SiteChecks
{
    /// <summary>
    /// Every href and src of every page that is not an absolute URL, resolved as a browser would
    /// from where the page is served, must name a file of the build, and its fragment an element
    /// of that page. Returns one line per broken link.
    /// </summary>
    public static IReadOnlyList<string> BrokenLinks(BuiltSite site, string basePath = "/")
    {
        var broken = new List<string>();
        foreach (var page in site.HtmlPages)
        {
            foreach (var element in site.Page(page).QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (SiteLinks.HasScheme(url)) continue;
                var target = SiteLinks.Resolve(page, url, basePath);
                if (target is null || !site.Exists(target.File))
                {
                    broken.Add($"{page}: <{element.LocalName}> '{url}' names no file of the build");
                    continue;
                }
                if (target.Fragment is { Length: > 0 } fragment && target.File.EndsWith(".html", StringComparison.Ordinal)
                    && site.Page(target.File).GetElementById(fragment) is null)
                    broken.Add($"{page}: <{element.LocalName}> '{url}' names no element of {target.File}");
            }
        }
        return broken;
    }

    public static void AssertNoBrokenLinks(BuiltSite site, string basePath = "/")
    {
        var broken = BrokenLinks(site, basePath);
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }
}
