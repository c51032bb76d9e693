using System.Xml.Linq;
using AngleSharp.Dom;
using Leaflet.Tests.Pdf;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Site;

/// <summary>
/// A right-to-left language added as a folder beside English and Russian: its pages say so on
/// &lt;html&gt;, every language name is isolated in its own direction wherever another language's page
/// shows it, its dates are Gregorian, and the sitemap, alternates, chooser and 404 page include it.
/// </summary>
public abstract class RightToLeftPagesTests(RightToLeftSiteFixture fixture, string language, string name, NotoFonts fonts, string reviewed)
{
    private const string Slug = "red-dots-on-the-body";

    private string LeafletPage => $"{language}/{Slug}/index.html";

    /// <summary>The real content's languages, beside which the fixture's is built.</summary>
    private static readonly ContentInfo Real = ContentInfo.Read(Repository.Content);

    /// <summary>Every language of the site but the fixture's, by code.</summary>
    private IReadOnlyList<LanguageInfo> Others => [.. Real.Languages.Where(l => l.Code != language).OrderBy(l => l.Code, StringComparer.Ordinal)];

    private BuiltSite Site
    {
        get
        {
            fonts.SkipUnlessInstalled();
            return fixture.Site!.AssertPublished();
        }
    }

    [SkippableFact]
    public void Its_pages_say_their_language_and_right_to_left_on_the_html_element_and_english_stays_left_to_right()
    {
        foreach (var page in new[] { $"{language}/index.html", LeafletPage })
        {
            Assert.Equal(language, Site.Page(page).DocumentElement.GetAttribute("lang"));
            Assert.Equal("rtl", Site.Page(page).DocumentElement.GetAttribute("dir"));
        }
        Assert.Equal("ltr", Site.Page($"en/{Slug}/index.html").DocumentElement.GetAttribute("dir"));
    }

    /// <summary>An element with dir is isolated (HTML's rendering rules), so a name keeps its own order inside a sentence of the other direction.</summary>
    [SkippableFact]
    public void Each_language_name_in_a_switcher_is_isolated_in_that_languages_own_direction()
    {
        var fromRtl = Site.Page(LeafletPage).QuerySelectorAll(".language-switcher a").ToList();
        Assert.Equal(Others.Select(l => l.Code), fromRtl.Select(a => a.GetAttribute("hreflang")).Order(StringComparer.Ordinal));
        Assert.All(fromRtl, a => AssertIsolated(a, a.GetAttribute("hreflang")!, Real.Language(a.GetAttribute("hreflang")!).Direction));
        Assert.Equal(Others.Select(l => l.Name).Order(StringComparer.Ordinal), fromRtl.Select(a => a.TextContent).Order(StringComparer.Ordinal));

        foreach (var other in Others.Select(l => l.Code))
        {
            var link = Site.Page($"{other}/{Slug}/index.html").QuerySelector($".language-switcher a[hreflang='{language}']");
            Assert.NotNull(link);
            AssertIsolated(link, language, "rtl");
            Assert.Equal(name, link.TextContent);
        }
    }

    [SkippableFact]
    public void The_chooser_and_the_404_page_offer_the_language_by_its_own_name_isolated_right_to_left()
    {
        var chooser = Site.Page("index.html").QuerySelector($"main a[hreflang='{language}']");
        Assert.NotNull(chooser);
        Assert.Equal($"{language}/index.html", SiteLinks.Resolve("index.html", chooser.GetAttribute("href")!)?.File);
        AssertIsolated(chooser.QuerySelector(".language-name")!, language, "rtl");
        Assert.Equal(name, chooser.QuerySelector(".language-name")!.TextContent);

        var missing = Site.Page("404.html").QuerySelector($"main a[hreflang='{language}']");
        Assert.NotNull(missing);
        Assert.Equal($"/{language}/", missing.GetAttribute("href"));
        AssertIsolated(missing, language, "rtl");
        Assert.Contains(name, missing.TextContent);
    }

    [SkippableFact]
    public void Its_dates_are_gregorian_and_begin_with_the_day_not_a_comma()
    {
        var dates = Site.Page(LeafletPage).QuerySelectorAll(".leaflet-dates time").Select(t => t.TextContent).ToList();
        Assert.Equal(reviewed, dates[1]);
        Assert.All(dates, d => Assert.Matches(@"^\d", d));
    }

    [SkippableFact]
    public void The_web_address_inside_a_sentence_is_isolated_left_to_right()
    {
        var addresses = Site.Page(LeafletPage).QuerySelectorAll(".leaflet-body span[dir=ltr]").Select(s => s.TextContent).ToList();
        Assert.Equal(["www.who.int"], addresses);
    }

    [SkippableFact]
    public void The_sitemap_and_every_translations_alternates_name_the_language_reciprocally()
    {
        var sitemap = XDocument.Parse(Site.Text("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(sm + "url").ToDictionary(
            u => u.Element(sm + "loc")!.Value,
            u => u.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));
        var ours = urls.Keys.Single(k => k.EndsWith($"/{language}/{Slug}/", StringComparison.Ordinal));
        foreach (var page in Others.Select(l => l.Code).Append(language))
        {
            var loc = urls.Keys.Single(k => k.EndsWith($"/{page}/{Slug}/", StringComparison.Ordinal));
            Assert.Equal(ours, urls[loc][language]);
            Assert.Equal(Others.Select(l => l.Code).Append(language).Append("x-default").Order(StringComparer.Ordinal), urls[loc].Keys.Order(StringComparer.Ordinal));
            var head = RealSiteHeadTests.Alternates(Site.Page($"{page}/{Slug}/index.html"));
            Assert.Equal(urls[loc], head);
        }
        Assert.Contains(urls.Keys, k => k.EndsWith($"/{language}/", StringComparison.Ordinal));
    }

    private static void AssertIsolated(IElement element, string lang, string dir)
    {
        var marked = element.Closest("[dir], bdi");
        Assert.NotNull(marked);
        Assert.Equal(dir, marked.GetAttribute("dir"));
        Assert.Equal(lang, element.Closest("[lang]")?.GetAttribute("lang"));
    }
}

public sealed class ArabicPagesTests(ArabicSiteFixture fixture)
    : RightToLeftPagesTests(fixture, "ar", "العربية", NotoFonts.NaskhArabic, "24 نوفمبر 2026"), IClassFixture<ArabicSiteFixture>;

public sealed class HebrewPagesTests(HebrewSiteFixture fixture)
    : RightToLeftPagesTests(fixture, "he", "עברית", NotoFonts.SansHebrew, "24 בנובמבר 2026"), IClassFixture<HebrewSiteFixture>;
