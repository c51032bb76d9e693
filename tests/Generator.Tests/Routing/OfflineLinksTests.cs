using Leaflet.Tests.Support;

namespace Leaflet.Tests.Routing;

/// <summary>The fixture and the real content, each built with offline_links: true, once for the class.</summary>
public sealed class OfflineFixture : IDisposable
{
    public OfflineFixture()
    {
        Fixture = SiteWorkspace.FromFixture("basic");
        Real = SiteWorkspace.FromRealContent();
        foreach (var workspace in new[] { Fixture, Real })
        {
            var configuration = workspace.ReadContent("_site.yaml");
            Assert.Contains("offline_links: false", configuration);
            workspace.WriteContent("_site.yaml", configuration.Replace("offline_links: false", "offline_links: true"));
        }
        FixtureSite = Fixture.Build();
        RealSite = Real.Build();
    }

    public SiteWorkspace Fixture { get; }

    public SiteWorkspace Real { get; }

    public BuiltSite FixtureSite { get; }

    public BuiltSite RealSite { get; }

    public void Dispose()
    {
        Fixture.Dispose();
        Real.Dispose();
    }
}

/// <summary>
/// Opened from the file system (a clinic's kiosk, a USB stick) a link to a folder shows a listing,
/// not the page: with the offline option every internal link names its file.
/// </summary>
public sealed class OfflineLinksTests(OfflineFixture fixture) : IClassFixture<OfflineFixture>
{
    public static TheoryData<string> Sites => new() { "fixture", "real" };

    private BuiltSite Site(string name) => name == "fixture" ? fixture.FixtureSite : fixture.RealSite;

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_internal_link_names_a_file_and_none_a_folder(string name)
    {
        var site = Site(name).AssertPublished();
        var folderLinks = new List<string>();
        foreach (var page in site.HtmlPages.Where(p => p != "404.html"))
        {
            foreach (var element in site.Page(page).QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (SiteLinks.HasScheme(url) || url.StartsWith('#')) continue;
                var path = url.Split('#')[0];
                var file = path.Split('/')[^1];
                if (file.Length == 0 || file is "." or ".." || !file.Contains('.'))
                    folderLinks.Add($"{page}: '{url}'");
                else if (element.LocalName == "a" && !file.EndsWith(".html", StringComparison.Ordinal) && !file.EndsWith(".pdf", StringComparison.Ordinal))
                    folderLinks.Add($"{page}: '{url}' is a link to neither a page nor a download");
            }
        }
        Assert.True(folderLinks.Count == 0, "links that do not name a file:\n" + string.Join("\n", folderLinks));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Page_links_name_index_html_and_resolve_without_a_web_server(string name)
    {
        var site = Site(name);
        var pageLinks = 0;
        foreach (var page in site.HtmlPages.Where(p => p != "404.html"))
        {
            foreach (var link in site.Page(page).QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (SiteLinks.HasScheme(href) || href.StartsWith('#') || link.HasAttribute("download")) continue;
                pageLinks++;
                Assert.EndsWith("index.html", href.Split('#')[0]);
                // Resolved as a path on disk: no folder-to-index.html step, which only a server takes.
                var target = SiteLinks.Resolve(page, href)!;
                Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(site.PathOf(page))!, href.Split('#')[0]))),
                    $"{page}: '{href}' is no file next to the page");
                Assert.True(site.Exists(target.File));
            }
        }
        Assert.True(pageLinks > 5, "the offline build has too few links to say anything");
    }

    [Fact]
    public void The_home_link_of_the_chooser_and_of_a_language_index_name_their_own_index_html()
    {
        var site = fixture.FixtureSite;
        Assert.Equal("index.html", site.Page("index.html").QuerySelector(".site-name a")?.GetAttribute("href"));
        Assert.Equal("index.html", site.Page("en/index.html").QuerySelector(".site-name a")?.GetAttribute("href"));
        Assert.Equal("../index.html", site.Page("en/first-aid-for-burns/index.html").QuerySelector(".site-name a")?.GetAttribute("href"));
        Assert.Equal("../../ru/first-aid-for-burns/index.html",
            site.Page("en/first-aid-for-burns/index.html").QuerySelector("nav.language-switcher a")?.GetAttribute("href"));
        Assert.Equal("../first-aid-for-burns/index.html#cooling-the-burn",
            site.Page("en/sun-safety/index.html").QuerySelector(".leaflet-body a")?.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Absolute_urls_stay_clean_urls_for_search_engines(string name)
    {
        var site = Site(name);
        foreach (var page in site.HtmlPages.Where(p => p != "404.html"))
        {
            var document = site.Page(page);
            Assert.DoesNotContain("index.html", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.All(document.QuerySelectorAll("link[rel=alternate]"), l => Assert.DoesNotContain("index.html", l.GetAttribute("href")));
        }
        Assert.DoesNotContain("index.html", site.Text("sitemap.xml"));
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_link_of_the_offline_build_resolves(string name) => SiteChecks.AssertNoBrokenLinks(Site(name));
}
