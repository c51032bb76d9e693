using System.Globalization;
using System.Text.RegularExpressions;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>How a reader moves on the real site: skip link, language switcher, contents, and what every page says.</summary>
public sealed partial class RealSiteNavigationTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    private ContentInfo Content => fixture.Content;

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void The_first_link_of_every_page_skips_to_an_element_that_exists(string page)
    {
        var document = Site.Page(page);
        var first = document.Body!.QuerySelector("a[href]");
        Assert.NotNull(first);
        var href = first.GetAttribute("href")!;
        Assert.StartsWith("#", href);
        var target = document.GetElementById(Uri.UnescapeDataString(href[1..]));
        Assert.True(target is not null, $"the skip link points at '{href}', which no element of {page} has as its id");
        Assert.Equal("main", target.LocalName);
        Assert.False(string.IsNullOrWhiteSpace(first.TextContent), "the skip link has no text for screen readers");
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Ids_on_a_page_are_unique(string page)
    {
        var ids = Site.Page(page).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        var repeated = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"ids used twice on {page}: {string.Join(", ", repeated)}");
    }

    [Theory]
    [MemberData(nameof(RealPages.WithSwitcher), MemberType = typeof(RealPages))]
    public void The_switcher_leads_to_the_same_page_in_each_other_language(string page)
    {
        var kind = PageKind.Of(page);
        var expected = (kind.Kind == Kind.Leaflet ? Content.LanguagesOf(kind.Slug!) : Content.Languages.Select(l => l.Code))
            .Where(code => code != kind.Language)
            .Order(StringComparer.Ordinal)
            .ToList();
        var links = Site.Page(page).QuerySelectorAll("nav.language-switcher a[href]").ToList();
        Assert.Equal(expected, links.Select(a => a.GetAttribute("hreflang")!).Order(StringComparer.Ordinal));

        foreach (var link in links)
        {
            var code = link.GetAttribute("hreflang")!;
            var target = SiteLinks.Resolve(page, link.GetAttribute("href")!);
            var same = kind.Kind == Kind.Leaflet ? $"{code}/{kind.Slug}/index.html" : $"{code}/index.html";
            Assert.Equal(same, target?.File);
            Assert.True(Site.Exists(target!.File), $"the switcher of {page} links to {target.File}, which was not built");
            Assert.Equal(code, Site.Page(target.File).DocumentElement.GetAttribute("lang"));
            // The language's name in itself, marked as that language for screen readers.
            Assert.Equal(code, link.Closest("[lang]")?.GetAttribute("lang"));
            Assert.Equal(Content.Language(code).Name, link.TextContent.Trim());
        }
    }

    [Theory]
    [MemberData(nameof(RealPages.Leaflets), MemberType = typeof(RealPages))]
    public void Every_contents_entry_links_to_a_heading_of_the_same_page_in_order(string page)
    {
        var document = Site.Page(page);
        var entries = document.QuerySelectorAll("nav.contents a[href]").ToList();
        var headings = document.QuerySelectorAll(".leaflet-body h2, .leaflet-body h3").ToList();
        Assert.NotEmpty(entries);
        Assert.Equal(headings.Count, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var href = entries[i].GetAttribute("href")!;
            Assert.StartsWith("#", href);
            var target = document.GetElementById(Uri.UnescapeDataString(href[1..]));
            Assert.True(target is not null, $"contents entry '{entries[i].TextContent}' links to '{href}', which no element of {page} has");
            Assert.Same(headings[i], target);
            Assert.Equal(Normal(headings[i].TextContent), Normal(entries[i].TextContent));
        }
    }

    [Fact]
    public void Each_language_index_lists_every_leaflet_of_its_language_by_title()
    {
        foreach (var language in Content.Languages)
        {
            var page = $"{language.Code}/index.html";
            var links = Site.Page(page).QuerySelectorAll("main a[href]").ToList();
            var targets = links.Select(a => SiteLinks.Resolve(page, a.GetAttribute("href")!)?.File).Order(StringComparer.Ordinal);
            Assert.Equal(Content.Slugs[language.Code].Select(s => $"{language.Code}/{s}/index.html"), targets);
            foreach (var link in links)
            {
                var leaflet = Site.Page(SiteLinks.Resolve(page, link.GetAttribute("href")!)!.File);
                Assert.Equal(Normal(leaflet.QuerySelector("main h1")!.TextContent), Normal(link.TextContent));
            }
        }
    }

    [Fact]
    public void Heading_ids_keep_cyrillic_letters_readable()
    {
        var page = Site.Page("ru/red-dots-on-the-body/index.html");
        Assert.NotNull(page.GetElementById("лечение-красных-точек"));
        Assert.NotNull(page.QuerySelector("nav.contents a[href='#лечение-красных-точек']"));
        // The no-break space after "у" is a space too: the id is not "красные-точки-удетей".
        Assert.NotNull(page.GetElementById("красные-точки-у-детей"));
        Assert.Contains("href=\"#лечение-красных-точек\"", Site.Text("ru/red-dots-on-the-body/index.html"));
    }

    [Theory]
    [InlineData("ru/red-dots-on-the-body/index.html", "2026-11-24", "24 ноября 2026 г.")]
    [InlineData("ru/red-dots-on-the-body/index.html", "2027-11-24", "24 ноября 2027 г.")]
    [InlineData("en/red-dots-on-the-body/index.html", "2026-11-24", "24 November 2026")]
    [InlineData("en/red-dots-on-the-body/index.html", "2027-11-24", "24 November 2027")]
    public void Dates_read_as_the_pages_own_culture_writes_them(string page, string iso, string expected)
    {
        var times = Site.Page(page).QuerySelectorAll($"time[datetime='{iso}']").ToList();
        Assert.NotEmpty(times);
        Assert.All(times, time => Assert.Equal(expected, Normal(time.TextContent)));
    }

    [Theory]
    [MemberData(nameof(RealPages.Leaflets), MemberType = typeof(RealPages))]
    public void Every_date_on_a_leaflet_is_an_iso_date_with_the_day_in_words_beside_it(string page)
    {
        var times = Site.Page(page).QuerySelectorAll("time").ToList();
        Assert.True(times.Count >= 2, "a leaflet shows at least when it was published and last reviewed");
        foreach (var time in times)
        {
            Assert.True(DateOnly.TryParseExact(time.GetAttribute("datetime"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date));
            Assert.Contains(date.Year.ToString(CultureInfo.InvariantCulture), time.TextContent);
            Assert.DoesNotMatch(IsoDate(), time.TextContent);
        }
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Every_page_carries_the_disclaimer_in_its_language(string page)
    {
        var kind = PageKind.Of(page);
        var language = Content.Language(kind.LanguageOr(Content.DefaultLanguage));
        var disclaimer = Site.Page(page).QuerySelector("footer .disclaimer");
        Assert.NotNull(disclaimer);
        // "This leaflet…" only under a leaflet; the chooser, the lists and 404 speak of the site's leaflets.
        var key = kind.Kind == Kind.Leaflet ? "disclaimer" : "site_disclaimer";
        Assert.Equal(Normal(language.Strings[key]), Normal(disclaimer.TextContent));
    }

    [Theory]
    [MemberData(nameof(RealPages.All), MemberType = typeof(RealPages))]
    public void Every_page_has_one_main_landmark_and_one_level_one_heading(string page)
    {
        var document = Site.Page(page);
        Assert.Single(document.QuerySelectorAll("main"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("h1")!.TextContent));
    }

    [Fact]
    public void The_not_found_page_leads_to_every_language_from_the_root_of_the_base_url()
    {
        var document = Site.Page("404.html");
        var basePath = Content.BaseUrl.AbsolutePath;
        var links = document.QuerySelectorAll("main a[href]").ToList();
        Assert.Equal(Content.Languages.Select(l => l.Code), links.Select(a => a.GetAttribute("hreflang")));
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith(basePath, href);
            Assert.Equal($"{link.GetAttribute("hreflang")}/index.html", SiteLinks.Resolve("404.html", href, basePath)?.File);
        }
        Assert.Equal(basePath + "assets/site.css", document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
    }

    /// <summary>Spaces of every kind (ICU puts a narrow no-break space before "г.") read as one space.</summary>
    internal static string Normal(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
