using System.Xml.Linq;
using Leaflet.Cli;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Routing;

/// <summary>The basic fixture built by the command with --base-url https://example.org/leaflets/, once for the class.</summary>
public sealed class BaseUrlFixture : IDisposable
{
    public const string BaseUrl = "https://example.org/leaflets/";

    public BaseUrlFixture()
    {
        Workspace = SiteWorkspace.FromFixture("basic");
        var output = new StringWriter();
        var error = new StringWriter();
        Exit = BuildCommand.Run(
            ["--content", Workspace.ContentRoot, "--templates", Workspace.TemplatesRoot, "--output", Workspace.OutputRoot, "--base-url", BaseUrl],
            output, error, CancellationToken.None);
        Errors = error.ToString();
        Site = new BuiltSite(null!, Workspace.OutputRoot);
        Plain = SiteWorkspace.FromFixture("basic");
        PlainSite = Plain.Build();
    }

    public SiteWorkspace Workspace { get; }

    public SiteWorkspace Plain { get; }

    public int Exit { get; }

    public string Errors { get; }

    /// <summary>The site built with the override (its BuildResult is not kept: the command ran it).</summary>
    public BuiltSite Site { get; }

    /// <summary>The same fixture built with the base URL of its configuration.</summary>
    public BuiltSite PlainSite { get; }

    public void Dispose()
    {
        Workspace.Dispose();
        Plain.Dispose();
    }
}

/// <summary>--base-url moves every absolute URL under it; relative links do not change; 404.html links from its path.</summary>
public sealed class BaseUrlTests(BaseUrlFixture fixture) : IClassFixture<BaseUrlFixture>
{
    private static readonly Uri Base = new(BaseUrlFixture.BaseUrl);

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_command_builds_with_the_override()
    {
        Assert.True(fixture.Exit == 0, fixture.Errors);
        Assert.True(Site.Exists("index.html"));
    }

    [Fact]
    public void Canonical_alternate_and_open_graph_urls_start_with_the_overriding_base_url()
    {
        foreach (var page in Site.HtmlPages)
        {
            var document = Site.Page(page);
            Assert.Equal(new Uri(Base, SiteLinks.UrlPathOf(page)).AbsoluteUri, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(new Uri(Base, SiteLinks.UrlPathOf(page)).AbsoluteUri, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
            foreach (var alternate in document.QuerySelectorAll("link[rel=alternate]"))
            {
                var href = alternate.GetAttribute("href")!;
                Assert.StartsWith(BaseUrlFixture.BaseUrl, href);
                Assert.True(Site.Exists(SiteLinks.FileOf(new Uri(href), Base)!), $"{page}: alternate {href} names no page");
            }
        }
        Assert.Equal("https://example.org/leaflets/ru/first-aid-for-burns/",
            Site.Page("en/first-aid-for-burns/index.html").QuerySelector("link[hreflang=ru]")?.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_and_robots_txt_use_the_overriding_base_url()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var root = XDocument.Parse(Site.Text("sitemap.xml")).Root!;
        var urls = root.Elements(sitemap + "url").Select(u => u.Element(sitemap + "loc")!.Value)
            .Concat(root.Descendants(xhtml + "link").Select(l => (string)l.Attribute("href")!))
            .ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith(BaseUrlFixture.BaseUrl, u));
        Assert.Contains("https://example.org/leaflets/en/first-aid-for-burns/", urls);
        Assert.Contains("Sitemap: https://example.org/leaflets/sitemap.xml", Site.Text("robots.txt"));
        Assert.DoesNotContain("fixture.example.org", Site.Text("sitemap.xml") + Site.Text("robots.txt"));
    }

    [Fact]
    public void The_not_found_page_links_root_relative_from_the_base_urls_path()
    {
        var document = Site.Page("404.html");
        Assert.Equal("/leaflets/assets/site.css", document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Equal("/leaflets/", document.QuerySelector(".site-name a")?.GetAttribute("href"));
        Assert.Equal(["/leaflets/en/", "/leaflets/ru/"], document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")));
        SiteChecks.AssertNoBrokenLinks(Site, "/leaflets/");
    }

    [Fact]
    public void Relative_links_do_not_depend_on_the_base_url()
    {
        foreach (var page in Site.HtmlPages.Where(p => p != "404.html"))
        {
            var moved = Site.Page(page).QuerySelectorAll("body [href], body [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"));
            var plain = fixture.PlainSite.Page(page).QuerySelectorAll("body [href], body [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"));
            Assert.Equal(plain, moved);
        }
    }

    [Fact]
    public void On_the_command_line_a_base_url_without_a_final_slash_is_read_as_a_folder()
    {
        using var workspace = SiteWorkspace.FromFixture("basic");
        var exit = BuildCommand.Run(
            ["--content", workspace.ContentRoot, "--templates", workspace.TemplatesRoot, "--output", workspace.OutputRoot, "--base-url", "https://example.org/leaflets"],
            new StringWriter(), new StringWriter(), CancellationToken.None);
        Assert.Equal(0, exit);
        var site = new BuiltSite(null!, workspace.OutputRoot);
        Assert.Equal("https://example.org/leaflets/en/", site.Page("en/index.html").QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/leaflets/en/", site.Page("404.html").QuerySelector("main a[hreflang=en]")?.GetAttribute("href"));
    }

    [Fact]
    public void Through_the_build_options_a_base_url_without_a_final_slash_is_read_as_a_folder()
    {
        // BuildOptions.BaseUrl is the engine's own way in; it must mean what the same text means on the command line.
        using var workspace = SiteWorkspace.FromFixture("basic");
        var site = workspace.Build(new Uri("https://example.org/leaflets")).AssertPublished();
        Assert.Equal("https://example.org/leaflets/en/", site.Page("en/index.html").QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/leaflets/en/", site.Page("404.html").QuerySelector("main a[hreflang=en]")?.GetAttribute("href"));
    }
}
