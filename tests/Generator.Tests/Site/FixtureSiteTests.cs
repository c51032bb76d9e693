using System.Xml.Linq;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>
/// The basic fixture: two languages, one leaflet in both, one only in English that links to a
/// section of the other. What the real content cannot show: a leaflet without a translation and a
/// link between leaflets.
/// </summary>
public sealed class FixtureSiteTests(BasicSiteFixture fixture) : IClassFixture<BasicSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_fixture_builds_every_page_and_every_link_resolves()
    {
        Site.AssertPublished();
        Assert.Equal(2, Site.Result.Languages);
        Assert.Equal(2, Site.Result.Leaflets);
        Assert.Equal(
            ["404.html", "en/first-aid-for-burns/index.html", "en/index.html", "en/sun-safety/index.html",
             "index.html", "ru/first-aid-for-burns/index.html", "ru/index.html"],
            Site.HtmlPages);
        SiteChecks.AssertNoBrokenLinks(Site);
    }

    [Fact]
    public void A_link_to_another_leaflets_markdown_file_becomes_a_link_to_its_page_and_section()
    {
        const string page = "en/sun-safety/index.html";
        var link = Site.Page(page).QuerySelector(".leaflet-body a[href]");
        Assert.NotNull(link);
        var target = SiteLinks.Resolve(page, link.GetAttribute("href")!);
        Assert.Equal(new LinkTarget("en/first-aid-for-burns/index.html", "cooling-the-burn"), target);
        Assert.NotNull(Site.Page(target!.File).GetElementById("cooling-the-burn"));
        Assert.DoesNotContain(".md", link.GetAttribute("href")!);
    }

    [Fact]
    public void A_leaflet_without_a_translation_has_no_switcher_and_only_its_own_alternates()
    {
        var page = Site.Page("en/sun-safety/index.html");
        Assert.Empty(page.QuerySelectorAll("nav.language-switcher a"));
        var alternates = Site.Page("en/sun-safety/index.html").QuerySelectorAll("link[rel=alternate]")
            .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("en", "https://fixture.example.org/en/sun-safety/"), ("x-default", "https://fixture.example.org/en/sun-safety/")],
            alternates);
    }

    [Fact]
    public void A_language_index_lists_only_the_leaflets_written_in_its_language()
    {
        var russian = Site.Page("ru/index.html").QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["first-aid-for-burns/"], russian);
        var english = Site.Page("en/index.html").QuerySelectorAll("main a[href]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["First aid for burns", "Sun safety"], english);
    }

    [Fact]
    public void The_sitemap_gives_the_untranslated_leaflet_its_own_language_and_x_default_only()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var url = XDocument.Parse(Site.Text("sitemap.xml")).Root!.Elements(sitemap + "url")
            .Single(u => u.Element(sitemap + "loc")!.Value == "https://fixture.example.org/en/sun-safety/");
        Assert.Equal(["en", "x-default"], url.Elements(xhtml + "link").Select(l => (string)l.Attribute("hreflang")!));
        Assert.Equal("2026-06-01", url.Element(sitemap + "lastmod")?.Value);
    }

    [Fact]
    public void The_fixture_languages_have_every_interface_string_the_real_default_language_has()
    {
        var real = ContentInfo.ReadLanguage(Path.Combine(Repository.Content, "en"));
        foreach (var language in fixture.Content.Languages)
        {
            var missing = real.Strings.Keys.Except(language.Strings.Keys).ToList();
            Assert.True(missing.Count == 0,
                $"add these keys to Fixtures/Sites/basic/{language.Code}/_language.yaml: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void Each_leaflet_page_offers_its_pdfs_and_each_download_link_names_a_published_file()
    {
        foreach (var page in Site.HtmlPages.Where(p => PageKind.Of(p).Kind == Kind.Leaflet))
        {
            var downloads = Site.Page(page).QuerySelectorAll("a[download]").ToList();
            Assert.NotEmpty(downloads);
            foreach (var link in downloads)
            {
                var target = SiteLinks.Resolve(page, link.GetAttribute("href")!);
                Assert.True(target is not null && Site.Exists(target.File), $"{page}: download '{link.GetAttribute("href")}' was not published");
                Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(Site.Bytes(target.File), 0, 4));
            }
        }
    }

    [Fact]
    public void A_heading_with_a_no_break_space_gets_a_hyphen_in_its_id()
    {
        var page = Site.Page("ru/first-aid-for-burns/index.html");
        Assert.NotNull(page.GetElementById("когда-обращаться-к-врачу"));
        Assert.NotNull(page.QuerySelector("nav.contents a[href='#когда-обращаться-к-врачу']"));
    }
}
