using System.Text.RegularExpressions;
using System.Xml.Linq;
using Leaflet.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Leaflet.Tests.Site;

/// <summary>
/// The basic fixture's burns leaflet is FA-001 version 1.10: its page, the end matter and every page
/// footer of its PDFs, and the PDFs' metadata show both as written, with labels and dates in the page's language.
/// </summary>
public sealed partial class LeafletIdentityOutputTests(BasicSiteFixture fixture) : IClassFixture<BasicSiteFixture>
{
    private const string Code = "FA-001";
    private const string Version = "1.10";

    public static TheoryData<string> Languages => new() { "en", "ru" };

    /// <summary>The fixture's published and last-reviewed date, and its next review, as each culture writes them.</summary>
    private static readonly IReadOnlyDictionary<string, (string Reviewed, string Next)> Dates = new Dictionary<string, (string, string)>
    {
        ["en"] = ("24 November 2026", "24 November 2027"),
        ["ru"] = ("24 ноября 2026 г.", "24 ноября 2027 г."),
    };

    private static string Compact(string text) => Whitespace().Replace(text, "");

    private string Pdf(string language, bool large) =>
        fixture.Site.PathOf($"{language}/first-aid-for-burns/first-aid-for-burns-{language}{(large ? "-large-print" : "")}.pdf");

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_leaflet_page_footer_shows_the_code_and_the_version_as_written_with_labels_and_dates_in_its_language(string language)
    {
        var strings = fixture.Content.Language(language).Strings;
        var dates = fixture.Site.Page($"{language}/first-aid-for-burns/index.html").QuerySelector("article footer.leaflet-dates")!;

        var terms = dates.QuerySelectorAll("dt").Select(e => e.TextContent).ToList();
        // The page keeps the culture's no-break spaces; compared as plain spaces.
        var values = dates.QuerySelectorAll("dd").Select(e => Whitespace().Replace(e.TextContent, " ")).ToList();
        Assert.Equal([strings["code"], strings["version"], strings["published"], strings["last_reviewed"], strings["next_review"]], terms);
        Assert.Equal([Code, Version], values.Take(2));
        Assert.Equal(Dates[language].Reviewed, values[2]);
    }

    [Fact]
    public void A_leaflet_page_without_a_code_shows_no_empty_code_line()
    {
        var text = File.ReadAllText(Path.Combine(fixture.Workspace.ContentRoot, "en", "sun-safety.md"));
        Assert.Contains("code: SUN-002", text);
        var dates = fixture.Site.Page("en/sun-safety/index.html").QuerySelector("footer.leaflet-dates")!;
        Assert.Equal("SUN-002", dates.QuerySelector("dd.code")!.TextContent);
        Assert.All(dates.QuerySelectorAll("dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
    }

    [Theory]
    [InlineData("en", false)]
    [InlineData("en", true)]
    [InlineData("ru", false)]
    [InlineData("ru", true)]
    public void Every_pdf_page_has_the_code_version_and_review_date_in_its_footer_below_the_body(string language, bool large)
    {
        var info = fixture.Content.Language(language);
        using var document = PdfDocument.Open(Pdf(language, large));
        var footerLine = Compact($"{Code} · {info.Strings["version"]} {Version} · {info.Strings["last_reviewed"]} {Dates[language].Reviewed}");

        foreach (var page in document.GetPages())
        {
            Assert.Contains(footerLine, Compact(page.Text));
            // The footer's is the lowest on the page; the end matter names the code too.
            var code = page.GetWords().Where(w => w.Text.StartsWith(Code, StringComparison.Ordinal)).MinBy(w => w.BoundingBox.Bottom)!;
            // Below the body, whose bottom margin is 70 pt (72 in large print): in the footer, on the page.
            Assert.InRange(code.BoundingBox.Bottom, 10, 40);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_pdf_end_matter_lists_code_version_and_every_date_with_their_labels(string language)
    {
        var info = fixture.Content.Language(language);
        using var document = PdfDocument.Open(Pdf(language, large: false));
        var last = Compact(document.GetPage(document.NumberOfPages).Text);

        foreach (var (label, value) in new[]
                 {
                     (info.Strings["code"], Code), (info.Strings["version"], Version),
                     (info.Strings["published"], Dates[language].Reviewed),
                     (info.Strings["last_reviewed"], Dates[language].Reviewed),
                     (info.Strings["next_review"], Dates[language].Next),
                 })
            Assert.Contains(Compact($"{label}: {value}"), last);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_pdf_information_and_xmp_carry_the_code_and_the_version_as_text(string language)
    {
        using var document = PdfDocument.Open(Pdf(language, large: true));

        var info = document.Information.DocumentInformationDictionary!.Data;
        Assert.Equal(Code, Assert.IsType<StringToken>(info["LeafletCode"]).Data);
        Assert.Equal(Version, Assert.IsType<StringToken>(info["LeafletVersion"]).Data);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray()));
        Assert.Equal(Code, xml.Descendants(XName.Get("identifier", "http://purl.org/dc/elements/1.1/")).Single().Value);
        Assert.Equal(Version, xml.Descendants(XName.Get("VersionID", "http://ns.adobe.com/xap/1.0/mm/")).Single().Value);
    }

    [Theory]
    [InlineData("index.html", "en", "site_disclaimer")]
    [InlineData("en/index.html", "en", "site_disclaimer")]
    [InlineData("ru/index.html", "ru", "site_disclaimer")]
    [InlineData("404.html", "en", "site_disclaimer")]
    [InlineData("en/first-aid-for-burns/index.html", "en", "disclaimer")]
    [InlineData("ru/first-aid-for-burns/index.html", "ru", "disclaimer")]
    public void Only_a_leaflet_page_says_this_leaflet_and_every_page_names_the_configured_publisher_in_its_language(string page, string language, string key)
    {
        var strings = fixture.Content.Language(language).Strings;
        var footer = fixture.Site.Page(page).QuerySelector("body > footer.site-footer")!;

        Assert.Equal(strings[key], footer.QuerySelector(".disclaimer")!.TextContent.Replace('\u00A0', ' '));
        Assert.Equal($"{strings["published_by"]} Fixture Clinic", footer.QuerySelector(".publisher")!.TextContent);
        Assert.Equal("Fixture Clinic", footer.QuerySelector(".publisher-name")!.TextContent);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
