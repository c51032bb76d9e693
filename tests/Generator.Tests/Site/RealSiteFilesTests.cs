using System.Xml.Linq;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>The files around the pages (sitemap, robots.txt, styles) and every link between them.</summary>
public sealed class RealSiteFilesTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";

    private BuiltSite Site => fixture.Site;

    private ContentInfo Content => fixture.Content;

    [Fact]
    public void The_sitemap_lists_every_page_but_404_once_by_its_canonical_url()
    {
        var sitemap = XDocument.Parse(Site.Text("sitemap.xml"));
        Assert.Equal(SitemapNs + "urlset", sitemap.Root!.Name);
        var locations = sitemap.Root.Elements(SitemapNs + "url").Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();
        var expected = Site.HtmlPages.Where(p => p != "404.html")
            .Select(p => RealSiteHeadTests.Canonical(Site.Page(p))!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, locations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_sitemap_entry_carries_the_same_hreflang_alternates_as_its_page()
    {
        var sitemap = XDocument.Parse(Site.Text("sitemap.xml"));
        foreach (var url in sitemap.Root!.Elements(SitemapNs + "url"))
        {
            var location = url.Element(SitemapNs + "loc")!.Value;
            var page = SiteLinks.FileOf(new Uri(location), Content.BaseUrl)!;
            var links = url.Elements(XhtmlNs + "link").ToList();
            Assert.All(links, l => Assert.Equal("alternate", (string?)l.Attribute("rel")));
            var alternates = links.ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);
            Assert.Equal(links.Count, alternates.Count);
            Assert.Contains("x-default", alternates.Keys);
            Assert.Contains(location, alternates.Values);
            var inPage = RealSiteHeadTests.Alternates(Site.Page(page));
            Assert.Equal(inPage.OrderBy(a => a.Key), alternates.OrderBy(a => a.Key));
        }
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_by_its_absolute_url()
    {
        var robots = Site.Text("robots.txt").Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains($"Sitemap: {new Uri(Content.BaseUrl, "sitemap.xml").AbsoluteUri}", robots);
        Assert.Contains("User-agent: *", robots);
    }

    [Fact]
    public void The_stylesheet_is_published_and_every_page_links_to_it()
    {
        Assert.True(Site.Exists("assets/site.css"));
        Assert.NotEmpty(Site.Text("assets/site.css").Trim());
        foreach (var page in Site.HtmlPages.Where(p => p != "404.html"))
        {
            var href = Site.Page(page).QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
            Assert.NotNull(href);
            Assert.Equal("assets/site.css", SiteLinks.Resolve(page, href)?.File);
        }
    }

    [Fact]
    public void Every_relative_link_and_source_on_every_page_resolves_to_a_published_file_and_fragment() =>
        SiteChecks.AssertNoBrokenLinks(Site, Content.BaseUrl.AbsolutePath);

    [Fact]
    public void Internal_links_are_relative_except_on_the_not_found_page()
    {
        foreach (var page in Site.HtmlPages.Where(p => p != "404.html"))
        {
            foreach (var element in Site.Page(page).QuerySelectorAll("body [href], body [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.False(url.StartsWith('/'), $"{page}: '{url}' is root-relative, so the site would break under a sub-path");
                if (SiteLinks.HasScheme(url))
                    Assert.False(url.StartsWith(Content.BaseUrl.AbsoluteUri, StringComparison.Ordinal),
                        $"{page}: '{url}' is an absolute link into the site itself");
            }
        }
    }

    [Fact]
    public void The_output_holds_nothing_but_the_site()
    {
        var unexpected = Site.Files
            .Where(f => !f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => f is not ("sitemap.xml" or "robots.txt"))
            .Where(f => !f.StartsWith("assets/", StringComparison.Ordinal))
            .Where(f => !f.StartsWith("images/", StringComparison.Ordinal) && !f.Contains("/images/", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal))
            // The mark that lets the next build replace this folder (Output/OutputMarker.cs).
            .Where(f => f != Leaflet.Output.OutputMarker.FileName)
            .ToList();
        Assert.True(unexpected.Count == 0, $"unexpected files: {string.Join(", ", unexpected)}");
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(Site.OutputRoot)!, ".output.staging")),
            "a staging folder was left beside the output");
    }
}
