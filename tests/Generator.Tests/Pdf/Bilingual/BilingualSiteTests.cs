using Leaflet.Tests.Site;
using Leaflet.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf.Bilingual;

/// <summary>The real site's English and Russian leaflet printed side by side, as the build publishes it.</summary>
public class BilingualSiteTests(RealSiteFixture fixture, ITestOutputHelper output) : IClassFixture<RealSiteFixture>
{
    private const string File = "en/red-dots-on-the-body/red-dots-on-the-body-en-ru.pdf";

    [Theory]
    [InlineData("en/red-dots-on-the-body/index.html", "red-dots-on-the-body-en-ru.pdf", "KB")]
    [InlineData("ru/red-dots-on-the-body/index.html", "../../en/red-dots-on-the-body/red-dots-on-the-body-en-ru.pdf", "КБ")]
    public void Both_leaflet_pages_offer_the_bilingual_pdf_named_in_both_languages_with_its_size(string page, string href, string kilobytes)
    {
        var link = fixture.Site.Page(page).QuerySelectorAll(".downloads a").Single(a => a.GetAttribute("href") == href);
        Assert.Equal("English + Русский (PDF)", link.TextContent);
        var size = (int)Math.Round(new FileInfo(fixture.Site.PathOf(File)).Length / 1024.0, MidpointRounding.AwayFromZero);
        Assert.Equal($"({size}\u00A0{kilobytes})", link.ParentElement!.QuerySelector(".size")!.TextContent);
    }

    [Fact]
    public void Every_structure_element_carries_its_language_and_sections_read_first_language_then_second()
    {
        using var document = PdfDocument.Open(fixture.Site.PathOf(File));
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var root = Resolve(document, catalog.Data["StructTreeRoot"]);
        var top = Resolve(document, Kids(document, root.Data["K"])[0]);
        Assert.Equal("Document", ((NameToken)top.Data["S"]).Data);

        var elements = new List<DictionaryToken>();
        Walk(document, top, elements);
        var withoutLanguage = elements.Where(e => !e.Data.ContainsKey("Lang")).Select(e => e.Data["S"].ToString()).ToList();
        Assert.True(withoutLanguage.Count == 0, $"{withoutLanguage.Count} of {elements.Count} elements have no /Lang: {string.Join(", ", withoutLanguage.Take(10))}");

        var sections = Kids(document, top.Data["K"]).Select(k => Resolve(document, k)).ToList();
        Assert.All(sections, s => Assert.Equal("Sect", ((NameToken)s.Data["S"]).Data));
        var languages = sections.Select(s => ((StringToken)s.Data["Lang"]).Data).ToList();
        // Parts of one section in one language are neighbours: the languages alternate run by run, the first first.
        var runs = languages.Where((l, i) => i == 0 || languages[i - 1] != l).ToList();
        Assert.Equal("en-GB", runs[0]);
        Assert.All(runs.Select((l, i) => (l, i)), r => Assert.Equal(r.i % 2 == 0 ? "en-GB" : "ru-RU", r.l));
        Assert.True(runs.Count >= 2 * 10, $"{runs.Count} runs of sections");
        output.WriteLine($"{elements.Count} structure elements, {sections.Count} section parts, {runs.Count / 2} sections");
    }

    [Fact]
    public void The_outline_has_one_entry_per_section_with_both_languages_headings()
    {
        using var document = PdfDocument.Open(fixture.Site.PathOf(File));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var title = Assert.Single(bookmarks.Roots);
        Assert.Equal("Very small red dots on the body · Мелкие красные точки на теле", title.Title);
        var sections = title.Children.SelectMany(c => c.Children.Prepend(c)).ToList();
        Assert.True(sections.Count >= 5, $"{sections.Count} sections under the title");
        Assert.All(sections, c => Assert.Matches(@"^\P{IsCyrillic}+ · [^A-Za-z]+$", c.Title));
    }

    [Fact]
    public void Each_column_reads_in_its_own_language_and_the_footer_in_both()
    {
        using var document = PdfDocument.Open(fixture.Site.PathOf(File));
        var middle = document.GetPage(1).Width / 2;
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.Where(l => char.IsLetter(l.Value[0])).ToList();
            Assert.DoesNotContain(letters, l => l.Value[0] is >= 'А' and <= 'я' && l.BoundingBox.Left < middle);
            var words = string.Concat(page.Letters.Select(l => l.Value));
            Assert.Contains($"Page {page.Number} of {document.NumberOfPages}", words);
            Assert.Contains($"Страница {page.Number} из {document.NumberOfPages}", words);
        }
        var text = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains("https://leaflets.example.org/en/red-dots-on-the-body/", text);
        Assert.Contains("https://leaflets.example.org/ru/red-dots-on-the-body/", text);
        Assert.Contains("Опубликовано:", text);
        Assert.Contains("Published:", text);
    }

    /// <summary>A /K entry as a list: an array, or one kid, either possibly behind a reference.</summary>
    private static IReadOnlyList<IToken> Kids(PdfDocument document, IToken kids)
    {
        var value = kids is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : kids;
        return value is ArrayToken array ? array.Data : [kids];
    }

    [Fact]
    public void On_every_page_each_heading_of_the_left_column_stands_on_the_baseline_of_its_partner_in_the_right()
    {
        // Read from the file, not the layout: both columns set headings in Noto Sans Bold, so a section's two
        // headings starting at one height put their first lines on one baseline.
        using var document = PdfDocument.Open(fixture.Site.PathOf(File));
        var middle = document.GetPage(1).Width / 2;
        var headings = 0;
        foreach (var page in document.GetPages())
        {
            var lines = page.Letters
                .Where(l => l.FontSize >= 12.4 && l.FontName?.Contains("Bold", StringComparison.Ordinal) == true && l.Value.Trim().Length > 0)
                .GroupBy(l => (Left: l.BoundingBox.Left < middle, Baseline: Math.Round(l.StartBaseLine.Y, 1), l.FontSize))
                .Select(g => g.Key)
                .ToList();
            // A heading's first line: no line of the same heading (same column and size) one line height above it.
            List<double> Firsts(bool left) => lines
                .Where(l => l.Left == left && !lines.Any(o => o.Left == left && o.FontSize == l.FontSize
                    && Math.Abs(o.Baseline - l.Baseline - l.FontSize * 1.45) < 0.5))
                .Select(l => l.Baseline).Order().ToList();
            var (first, second) = (Firsts(true), Firsts(false));
            Assert.True(first.Count == second.Count, $"page {page.Number}: headings at {string.Join(", ", first)} and {string.Join(", ", second)}");
            Assert.All(first.Zip(second), p => Assert.True(Math.Abs(p.First - p.Second) <= 1, $"page {page.Number}: {p.First} and {p.Second}"));
            headings += first.Count;
        }
        Assert.True(headings >= 9, $"{headings} headings found");
        output.WriteLine($"{headings} section starts on {document.NumberOfPages} pages, level in both columns");
    }

    [Fact]
    public void Every_font_is_an_embedded_subset_with_a_unicode_map()
    {
        if (!ExternalTool.Available("pdffonts", out var reason))
        {
            output.WriteLine(reason);
            return;
        }
        var (exit, text, error) = ExternalTool.Run("pdffonts", fixture.Site.PathOf(File));
        Assert.True(exit == 0, error);
        var fonts = text.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        // name, type..., encoding, emb, sub, uni, object, generation
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+\S+ .* yes yes yes +\d+ +\d+$", f));
    }

    private static DictionaryToken Resolve(PdfDocument document, IToken token) => token switch
    {
        IndirectReferenceToken reference => (DictionaryToken)document.Structure.GetObject(reference.Data).Data,
        DictionaryToken dictionary => dictionary,
        _ => throw new InvalidOperationException($"not a dictionary: {token}"),
    };

    private static void Walk(PdfDocument document, DictionaryToken element, List<DictionaryToken> elements)
    {
        elements.Add(element);
        if (!element.Data.TryGetValue("K", out var kids)) return;
        foreach (var kid in Kids(document, kids))
        {
            if (kid is NumericToken) continue;
            var child = Resolve(document, kid);
            if (child.Data.ContainsKey("S")) Walk(document, child, elements);
        }
    }
}
