using System.Text.Json;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.Bidi;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// A right-to-left language added as a folder: the Hebrew leaflet builds, its words are shaped as
/// hb-shape shapes them, its lines end at the right margin, and digits, "PDF" and a web address
/// inside Hebrew sentences keep their order when the text is read back.
/// </summary>
public sealed class HebrewLeafletTests(HebrewSiteFixture fixture) : IClassFixture<HebrewSiteFixture>
{
    private const string Pdf = "he/red-dots-on-the-body/red-dots-on-the-body-he.pdf";

    private BuiltSite Site
    {
        get
        {
            NotoFonts.SansHebrew.SkipUnlessInstalled();
            return fixture.Site!;
        }
    }

    [SkippableFact]
    public void The_hebrew_leaflet_builds_with_every_character_drawn()
    {
        Site.AssertPublished();
        Assert.DoesNotContain(Site.Result.Diagnostics, d => d.Code == "LF4001" || d.Severity == Leaflet.Diagnostics.Severity.Error);
        Assert.True(Site.Exists(Pdf));
        Assert.True(Site.Exists("he/red-dots-on-the-body/red-dots-on-the-body-he-large-print.pdf"));
    }

    /// <summary>Final forms (ם, ך), a bold word.</summary>
    [SkippableTheory]
    [InlineData("סנטימטרים", false)]
    [InlineData("ומורחבים", false)]
    [InlineData("בדרך", false)]
    [InlineData("אנגיומה", true)]
    public void The_glyphs_the_layout_draws_for_a_hebrew_word_are_those_hb_shape_gives(string word, bool bold)
    {
        NotoFonts.SansHebrew.SkipUnlessInstalled();
        DevanagariFonts.SkipUnlessHbShape();
        var library = new FontLibrary();
        var fonts = FontChains.For([library.Load(NotoFonts.SansHebrew.Regular)], [library.Load(NotoFonts.SansHebrew.Bold)], FontSet.Default);
        var measurer = new TextMeasurer(fonts, new HarfBuzzShaper(), "he-IL") { Direction = BaseDirection.RightToLeft };
        var style = new TextStyle(bold ? FontStyle.Bold : FontStyle.Regular, 12, new Rgb(0, 0, 0));

        var run = Assert.Single(Assert.Single(LineBreaker.Break([new StyledRun(word, style)], 400, measurer)).Segments).Run;

        Assert.True(run.RightToLeft);
        Assert.Equal(HbShape(bold ? NotoFonts.SansHebrew.Bold : NotoFonts.SansHebrew.Regular, word), run.Glyphs.Select(g => (g.GlyphId, g.XAdvance, g.XOffset, g.YOffset)));
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

        Assert.Contains("קוטרהנקודההואבין0,5ל־3סנטימטרים.", text);
        Assert.Contains("אפשרלהורידאתהעלוןהזהבפורמטPDFולהדפיסאותו", text);
        Assert.Contains("מידענוסףבאתר", text);
        Assert.Contains("www.who.intאובדףשל", text);
        // A parenthesis drawn mirrored beside a left-to-right word is where poppler's own reordering
        // goes wrong: "(angioma)." comes back as "( .)angioma" (docs/decisions/0071).
    }

    [SkippableFact]
    public void PdfPig_reads_each_right_to_left_run_in_visual_order_as_it_ignores_actual_text()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        var text = string.Concat(document.GetPages().Select(p => p.Text));

        // Each line left to right as drawn: Hebrew letters reversed, "0,5", "3" and "PDF" readable.
        Assert.Contains("םירטמיטנס 3־ל 0,5 ןיב אוה הדוקנה רטוק", text);
        Assert.Contains("PDF טמרופב הזה ןולעה תא דירוהל רשפא", text);
        Assert.DoesNotContain("קוטר הנקודה", text);
    }

    /// <summary>Glyph, advance and offsets in visual order, as the layout keeps a right-to-left run's glyphs.</summary>
    private static IReadOnlyList<(ushort, int, int, int)> HbShape(string font, string text)
    {
        var (exit, output, error) = ExternalTool.Run("hb-shape", "--output-format=json", "--no-glyph-names",
            "--script=hebr", "--language=he-IL", "--direction=rtl", font, text);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(g => ((ushort)g.GetProperty("g").GetInt32(), g.GetProperty("ax").GetInt32(), g.GetProperty("dx").GetInt32(), g.GetProperty("dy").GetInt32()))
            .ToList();
    }
}
