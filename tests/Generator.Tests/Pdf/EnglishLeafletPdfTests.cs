using System.Text.RegularExpressions;
using Leaflet.Pdf;
using Leaflet.Pdf.Layout;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;

namespace Leaflet.Tests.Pdf;

/// <summary>The real English leaflet, both sizes, read back as a reader's PDF software would.</summary>
public class EnglishLeafletPdfTests(ITestOutputHelper output)
{
    public static TheoryData<PrintSize> Sizes => [PrintSize.Standard, PrintSize.Large];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Every_paragraph_of_the_source_is_in_the_PDF_in_order(PrintSize size)
    {
        var (pdf, result) = EnglishLeaflet.Write(EnglishLeaflet.Request(size));
        using var document = PdfDocument.Open(pdf);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(result.Pages, document.NumberOfPages);
        Assert.Equal(size == PrintSize.Standard ? 6 : 8, result.Pages);
        var text = Normalise(string.Join(" ", document.GetPages().Select(BodyText)));
        var at = 0;
        foreach (var paragraph in SourceParagraphs())
        {
            var found = text.IndexOf(paragraph, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Not found in order: \"{paragraph}\"");
            at = found + paragraph.Length;
        }
        output.WriteLine($"{size}: {result.Pages} pages, {pdf.Length / 1024.0:0.0} KB");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void All_text_is_at_least_the_body_size_and_inside_the_margins(PrintSize size)
    {
        var typography = Typography.For(size);
        var (pdf, _) = EnglishLeaflet.Write(EnglishLeaflet.Request(size));
        using var document = PdfDocument.Open(pdf);

        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                Assert.True(letter.PointSize >= typography.BodySize - 0.01, $"'{letter.Value}' at {letter.PointSize} pt on page {page.Number}");
                var box = letter.BoundingBox;
                Assert.InRange(box.Left, typography.MarginX - 0.5, typography.PageWidth - typography.MarginX + 0.5);
                Assert.InRange(box.Right, typography.MarginX - 0.5, typography.PageWidth - typography.MarginX + 0.5);
                // PDF's y grows upwards: the top margin above, the footer inside the bottom margin.
                Assert.InRange(box.Top, 0, typography.PageHeight - typography.MarginTop + 0.5);
                Assert.InRange(box.Bottom, typography.MarginBottom * 0.25, typography.PageHeight);
            }
        }
    }

    [Fact]
    public void Extracted_text_keeps_words_apart_at_line_ends()
    {
        var (pdf, _) = EnglishLeaflet.Write(EnglishLeaflet.Request());
        using var document = PdfDocument.Open(pdf);

        var text = document.GetPage(1).Text;
        Assert.Contains("not only the people who have them, but also many specialists.", text);
        Assert.DoesNotContain("butalso", text);
    }

    [Fact]
    public void The_standard_leaflet_averages_60_to_75_characters_per_line()
    {
        var typography = Typography.For(PrintSize.Standard);
        var factory = new ElementFactory(typography, new TextMeasurer(
            Leaflet.Pdf.Fonts.FontChains.Default, new Leaflet.Pdf.Text.HarfBuzzShaper(), EnglishLeaflet.Request().Language));
        var diagnostics = new List<Leaflet.Diagnostics.Diagnostic>();
        var request = EnglishLeaflet.Request();
        var glyphs = new Leaflet.Pdf.Model.GlyphFilter(Leaflet.Pdf.Fonts.FontChains.Default, request.SourcePath, diagnostics);
        var blocks = new Leaflet.Pdf.Model.BlockBuilder(request, glyphs, diagnostics).Build(request.Body);
        var paragraphs = factory.Column(blocks).Children.OfType<ParagraphElement>().Where(p => p.Tag == Tag.P);

        // Every line but a paragraph's last, which is as short as the text makes it.
        var lines = paragraphs.SelectMany(p => p.Lines(typography.Body.Width).SkipLast(1)).Select(l => l.Text.TrimEnd().Length).ToList();
        var average = lines.Average();
        output.WriteLine($"{lines.Count} full lines, {average:0.0} characters on average (min {lines.Min()}, max {lines.Max()})");
        Assert.InRange(average, 60, 75);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_QR_code_on_the_last_page_reads_as_the_page_URL(PrintSize size)
    {
        if (!ExternalTool.Available("pdftoppm", out var reason) || !ExternalTool.Available("zbarimg", out reason))
        {
            output.WriteLine(reason);
            return;
        }
        var (pdf, result) = EnglishLeaflet.Write(EnglishLeaflet.Request(size));
        var folder = Directory.CreateTempSubdirectory("leaflet-qr-");
        try
        {
            var file = Path.Combine(folder.FullName, "leaflet.pdf");
            File.WriteAllBytes(file, pdf);
            var last = result.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (rendered, _, log) = ExternalTool.Run("pdftoppm", "-r", "150", "-png", "-f", last, "-l", last, "-singlefile", file, Path.Combine(folder.FullName, "page"));
            Assert.True(rendered == 0, log);
            var (_, decoded, _) = ExternalTool.Run("zbarimg", "--raw", "-q", Path.Combine(folder.FullName, "page.png"));
            Assert.Equal(EnglishLeaflet.PageUrl.AbsoluteUri, decoded.Trim());
            Assert.Contains(new PdfLink(result.Pages, EnglishLeaflet.PageUrl.AbsoluteUri), result.Links);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_tagged_text_reads_as_the_source_paragraph_by_paragraph()
    {
        if (!ExternalTool.Available("pdfinfo", out var reason))
        {
            output.WriteLine(reason);
            return;
        }
        var (pdf, _) = EnglishLeaflet.Write(EnglishLeaflet.Request());
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var (exit, structure, error) = ExternalTool.Run("pdfinfo", "-struct-text", file);
            Assert.True(exit == 0, error);
            // Each tagged paragraph's text, joined across the pages it spans.
            var tagged = Normalise(string.Join(" ", Regex.Matches(structure, "^\\s*\"(.*)\"\\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value)));
            var at = 0;
            foreach (var paragraph in SourceParagraphs())
            {
                var found = tagged.IndexOf(paragraph, at, StringComparison.Ordinal);
                Assert.True(found >= 0, $"Not in the tagged text in order: \"{paragraph}\"");
                at = found + paragraph.Length;
            }
            Assert.DoesNotContain("Page 1 of", tagged); // the footer is an artifact
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The page's text without the running footer, in drawing order.</summary>
    private static string BodyText(Page page)
    {
        var footerTop = Typography.For(PrintSize.Standard).MarginBottom * 0.9;
        return string.Concat(page.Letters.Where(l => l.BoundingBox.Bottom > footerTop).Select(l => l.Value));
    }

    private static IEnumerable<string> SourceParagraphs() =>
        EnglishLeaflet.Request().Body.Descendants<ParagraphBlock>()
            .Select(p => Normalise(string.Concat(p.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString() + " "))))
            .Where(p => p.Length > 0);

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
