using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>The language chooser (output/index.html): every language, each named in itself and marked as itself.</summary>
public sealed class LanguageChooserTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void The_chooser_lists_every_language_once_with_a_link_to_its_index()
    {
        var links = fixture.Site.Page("index.html").QuerySelectorAll("main a[href]").ToList();
        Assert.Equal(fixture.Content.Languages.Select(l => l.Code), links.Select(a => a.GetAttribute("hreflang")));
        foreach (var link in links)
        {
            var target = SiteLinks.Resolve("index.html", link.GetAttribute("href")!);
            Assert.Equal($"{link.GetAttribute("hreflang")}/index.html", target?.File);
            Assert.True(fixture.Site.Exists(target!.File));
        }
    }

    [Fact]
    public void Each_language_is_named_in_itself_and_marked_with_its_own_lang_and_dir()
    {
        var links = fixture.Site.Page("index.html").QuerySelectorAll("main a[hreflang]").ToList();
        foreach (var language in fixture.Content.Languages)
        {
            var link = links.SingleOrDefault(a => a.GetAttribute("hreflang") == language.Code);
            Assert.NotNull(link);
            // The link's language is the nearest lang attribute, on the link or the list item holding it.
            Assert.Equal(language.Code, link.Closest("[lang]")?.GetAttribute("lang"));
            Assert.Equal(language.Direction, link.Closest("[dir]")?.GetAttribute("dir"));
            Assert.Contains(language.Name, link.TextContent);
        }
    }

    [Fact]
    public void English_and_russian_are_offered_as_english_and_русский()
    {
        var page = fixture.Site.Page("index.html");
        var english = page.QuerySelector("main a[hreflang=en]");
        var russian = page.QuerySelector("main a[hreflang=ru]");
        Assert.NotNull(english);
        Assert.NotNull(russian);
        Assert.Contains("English", english.TextContent);
        Assert.Contains("Русский", russian.TextContent);
        Assert.Equal("ru", russian.Closest("[lang]")?.GetAttribute("lang"));
        Assert.Equal("en", english.Closest("[lang]")?.GetAttribute("lang"));
    }

    [Fact]
    public void The_chooser_is_the_x_default_of_every_language_index()
    {
        var page = fixture.Site.Page("index.html");
        var alternates = RealSiteHeadTests.Alternates(page);
        Assert.Equal(fixture.Content.BaseUrl.AbsoluteUri, alternates["x-default"]);
        Assert.Equal(fixture.Content.BaseUrl.AbsoluteUri, RealSiteHeadTests.Canonical(page));
    }
}
