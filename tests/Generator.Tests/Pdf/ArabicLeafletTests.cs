using System.Text.Json;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.Bidi;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// A right-to-left language added as a folder: the Arabic leaflet builds, its words are shaped as
/// hb-shape shapes them (joining, lam-alef), its lines end at the right margin, and digits, "PDF"
/// and a web address inside Arabic sentences keep their order when the text is read back.
/// </summary>
public sealed class ArabicLeafletTests(ArabicSiteFixture fixture) : IClassFixture<ArabicSiteFixture>
{
    private const string Pdf = "ar/red-dots-on-the-body/red-dots-on-the-body-ar.pdf";

    private BuiltSite Site
    {
        get
        {
            NotoFonts.NaskhArabic.SkipUnlessInstalled();
            return fixture.Site!;
        }
    }

    [SkippableFact]
    public void The_arabic_leaflet_builds_with_every_character_drawn()
    {
        Site.AssertPublished();
        Assert.DoesNotContain(Site.Result.Diagnostics, d => d.Code == "LF4001" || d.Severity == Leaflet.Diagnostics.Severity.Error);
        Assert.True(Site.Exists(Pdf));
        Assert.True(Site.Exists("ar/red-dots-on-the-body/red-dots-on-the-body-ar-large-print.pdf"));
    }

    /// <summary>Lam-alef ("لا"), joining forms in words of the fixture, a bold word.</summary>
    [SkippableTheory]
    [InlineData("لا", false)]
    [InlineData("الطبيب", false)]
    [InlineData("سنتيمترات", false)]
    [InlineData("الوعائي", true)]
    public void The_glyphs_the_layout_draws_for_an_arabic_word_are_those_hb_shape_gives(string word, bool bold)
    {
        NotoFonts.NaskhArabic.SkipUnlessInstalled();
        DevanagariFonts.SkipUnlessHbShape();
        var library = new FontLibrary();
        var fonts = FontChains.For([library.Load(NotoFonts.NaskhArabic.Regular)], [library.Load(NotoFonts.NaskhArabic.Bold)], FontSet.Default);
        var measurer = new TextMeasurer(fonts, new HarfBuzzShaper(), "ar-EG") { Direction = BaseDirection.RightToLeft };
        var style = new TextStyle(bold ? FontStyle.Bold : FontStyle.Regular, 12, new Rgb(0, 0, 0));

        var run = Assert.Single(Assert.Single(LineBreaker.Break([new StyledRun(word, style)], 400, measurer)).Segments).Run;

        Assert.True(run.RightToLeft);
        Assert.Equal(HbShape(bold ? NotoFonts.NaskhArabic.Bold : NotoFonts.NaskhArabic.Regular, word), run.Glyphs.Select(g => (g.GlyphId, g.XAdvance, g.XOffset, g.YOffset)));
    }

    [SkippableFact]
    public void The_lines_of_the_first_paragraph_end_at_the_right_margin()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        var page = document.GetPage(1);
        var right = page.Width - Typography.For(Leaflet.Pdf.PrintSize.Standard).MarginX;
        var lines = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).ToList();
        // The title, the subtitle and the three lines of the first paragraph: each ends at the right margin.
        foreach (var line in lines.Take(5))
            Assert.InRange(line.Max(l => l.BoundingBox.Right), right - 1.5, right + 0.5);
    }

    [SkippableFact]
    public void The_list_numbers_sit_at_the_right_margin_and_the_page_number_at_the_left()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        var page = document.GetPage(1);
        var margin = Typography.For(Leaflet.Pdf.PrintSize.Standard).MarginX;
        var right = page.Width - margin;
        foreach (var number in new[] { "1", "2", "3" })
        {
            // "1." read from the right: the digit, then the full stop to its left, so the digit ends at the
            // margin, less its glyph's side bearing.
            Assert.Contains(page.Letters, l => l.Value == number && l.BoundingBox.Right > right - 4 && l.BoundingBox.Right < right + 0.5);
        }
        // The footer's lowest line: the page label ("صفحة 1 من 1", its digit "1" leftmost) starts at the left margin.
        var footer = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).GroupBy(l => Math.Round(l.StartBaseLine.Y)).MinBy(g => g.Key)!;
        Assert.InRange(footer.Min(l => l.BoundingBox.Left), margin - 0.5, margin + 1.5);
    }

    [SkippableFact]
    public void Poppler_reads_mixed_sentences_back_in_logical_order()
    {
        GlyphRuns.SystemFonts.RequireTools("pdftotext");
        var path = Site.PathOf(Pdf);
        var (exit, output, error) = ExternalTool.Run("pdftotext", path, "-");
        Assert.True(exit == 0, error);
        // pdftotext marks right-to-left lines with U+202B … U+202C and left-to-right pieces in them
        // with U+202A … U+202C, and moves the space after such a piece before it ("بين ‪ 0,5‬و"):
        // the words come in logical order, so they are compared without marks and spaces.
        var text = new string([.. output.Where(c => c is not ('\u202A' or '\u202B' or '\u202C' or ' '))]);

        Assert.Contains("يتراوحقطرالنقطةبين0,5و3سنتيمترات.", text);
        Assert.Contains("تنزيلهذهالنشرةبصيغةPDFوطباعتها", text);
        Assert.Contains("زوروا موقع www.who.int أو".Replace(" ", ""), text);
        // A parenthesis drawn mirrored beside a left-to-right word is where poppler's own reordering
        // goes wrong: "(angioma)." comes back as "( .)angioma" (docs/decisions/0071).
    }

    [SkippableFact]
    public void PdfPig_reads_each_right_to_left_run_in_visual_order_as_it_ignores_actual_text()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        var text = string.Concat(document.GetPages().Select(p => p.Text));

        // Each line left to right as drawn: Arabic letters reversed, "0,5", "3", "PDF" and the address readable.
        Assert.Contains("تارتميتنس 3و 0,5 نيب ةطقنلا رطق حوارتي", text);
        Assert.Contains("اهتعابطو PDF ةغيصب ةرشنلا هذه ليزنت", text);
        Assert.Contains("www.who.int عقوم اوروز", text);
        Assert.DoesNotContain("يتراوح قطر النقطة", text);
    }

    /// <summary>Glyph, advance and offsets in visual order, as the layout keeps a right-to-left run's glyphs.</summary>
    private static IReadOnlyList<(ushort, int, int, int)> HbShape(string font, string text)
    {
        var (exit, output, error) = ExternalTool.Run("hb-shape", "--output-format=json", "--no-glyph-names",
            "--script=arab", "--language=ar-EG", "--direction=rtl", font, text);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(g => ((ushort)g.GetProperty("g").GetInt32(), g.GetProperty("ax").GetInt32(), g.GetProperty("dx").GetInt32(), g.GetProperty("dy").GetInt32()))
            .ToList();
    }
}
