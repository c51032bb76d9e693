using System.Xml.Linq;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>A copy of the real content with a German folder added, built once for the class.</summary>
public sealed class ThirdLanguageFixture : IDisposable
{
    public ThirdLanguageFixture()
    {
        Workspace = SiteWorkspace.FromRealContent();
        TempFolder.CopyDirectory(Repository.FixtureSite("german"), Workspace.ContentRoot);
        Content = ContentInfo.Read(Workspace.ContentRoot);
        Site = Workspace.Build();
    }

    public SiteWorkspace Workspace { get; }

    public ContentInfo Content { get; }

    public BuiltSite Site { get; }

    public void Dispose() => Workspace.Dispose();
}

/// <summary>
/// Issue 2: adding a language is adding a folder. With content/de/ beside the real languages the
/// build finds the German pages, and every other page links to them.
/// </summary>
public sealed class ThirdLanguageTests(ThirdLanguageFixture fixture) : IClassFixture<ThirdLanguageFixture>
{
    private const string Slug = "red-dots-on-the-body";

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_german_fixture_has_every_interface_string_the_default_language_has()
    {
        var english = ContentInfo.ReadLanguage(Path.Combine(Repository.Content, "en"));
        var german = fixture.Content.Language("de");
        var missing = english.Strings.Keys.Except(german.Strings.Keys).ToList();
        Assert.True(missing.Count == 0,
            $"add these keys to Fixtures/Sites/german/de/_language.yaml, in German: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_build_finds_the_third_language_and_its_pages()
    {
        Site.AssertPublished();
        Assert.Equal(fixture.Content.Languages.Count, Site.Result.Languages);
        Assert.Contains("de", fixture.Content.Languages.Select(l => l.Code));
        Assert.True(fixture.Content.Languages.Count >= 3);
        foreach (var page in new[] { "de/index.html", $"de/{Slug}/index.html" })
        {
            Assert.True(Site.Exists(page), $"{page} was not built");
            Assert.Equal("de", Site.Page(page).DocumentElement.GetAttribute("lang"));
        }
        var index = Site.Page("de/index.html");
        Assert.Equal($"de/{Slug}/index.html", SiteLinks.Resolve("de/index.html", index.QuerySelector(".leaflet-list a")!.GetAttribute("href")!)?.File);
    }

    [Fact]
    public void Every_other_translation_of_the_leaflet_switches_to_the_german_one_and_back()
    {
        foreach (var language in fixture.Content.LanguagesOf(Slug).Where(l => l != "de"))
        {
            var page = $"{language}/{Slug}/index.html";
            var link = Site.Page(page).QuerySelector("nav.language-switcher a[hreflang=de]");
            Assert.True(link is not null, $"{page} has no switcher entry for German");
            Assert.Equal($"de/{Slug}/index.html", SiteLinks.Resolve(page, link.GetAttribute("href")!)?.File);
            Assert.Equal("Deutsch", link.TextContent.Trim());
            Assert.Equal("de", link.Closest("[lang]")?.GetAttribute("lang"));

            var back = Site.Page($"de/{Slug}/index.html").QuerySelector($"nav.language-switcher a[hreflang={language}]");
            Assert.True(back is not null, $"the German page has no switcher entry for {language}");
            Assert.Equal(page, SiteLinks.Resolve($"de/{Slug}/index.html", back.GetAttribute("href")!)?.File);
        }
    }

    [Fact]
    public void Every_page_of_the_leaflet_and_every_index_lists_the_german_alternate()
    {
        var pages = fixture.Content.LanguagesOf(Slug).Select(l => $"{l}/{Slug}/index.html")
            .Concat(fixture.Content.Languages.Select(l => $"{l.Code}/index.html"))
            .Append("index.html");
        foreach (var page in pages)
        {
            var alternates = RealSiteHeadTests.Alternates(Site.Page(page));
            Assert.True(alternates.ContainsKey("de"), $"{page} lists no German alternate");
            var expected = page.Contains(Slug, StringComparison.Ordinal) ? $"de/{Slug}/" : "de/";
            Assert.Equal(new Uri(fixture.Content.BaseUrl, expected).AbsoluteUri, alternates["de"]);
        }
    }

    [Fact]
    public void The_sitemap_lists_the_german_pages_and_gives_every_entry_a_german_alternate()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Parse(Site.Text("sitemap.xml")).Root!.Elements(sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(sitemap + "loc")!.Value).ToList();
        Assert.Contains(new Uri(fixture.Content.BaseUrl, "de/").AbsoluteUri, locations);
        Assert.Contains(new Uri(fixture.Content.BaseUrl, $"de/{Slug}/").AbsoluteUri, locations);
        foreach (var url in urls)
        {
            var german = url.Elements(xhtml + "link").Where(l => (string?)l.Attribute("hreflang") == "de").ToList();
            Assert.True(german.Count == 1, $"{url.Element(sitemap + "loc")!.Value} has {german.Count} German alternates");
        }
    }

    [Fact]
    public void The_chooser_and_the_not_found_page_offer_german_named_in_german()
    {
        var chooser = Site.Page("index.html").QuerySelector("main a[hreflang=de]");
        Assert.NotNull(chooser);
        Assert.Contains("Deutsch", chooser.TextContent);
        Assert.Equal("de", chooser.Closest("[lang]")?.GetAttribute("lang"));
        Assert.Equal("de/index.html", SiteLinks.Resolve("index.html", chooser.GetAttribute("href")!)?.File);

        var notFound = Site.Page("404.html").QuerySelector("main a[hreflang=de]");
        Assert.NotNull(notFound);
        Assert.Equal("de", notFound.Closest("[lang]")?.GetAttribute("lang"));
    }

    [Fact]
    public void German_dates_are_written_as_german_readers_write_them()
    {
        var time = Site.Page($"de/{Slug}/index.html").QuerySelector("time[datetime='2026-11-24']");
        Assert.NotNull(time);
        Assert.Equal("24. November 2026", RealSiteNavigationTests.Normal(time.TextContent));
    }
}
