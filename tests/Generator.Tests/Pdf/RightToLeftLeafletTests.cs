using System.Text.Json;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.Bidi;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Pdf;

/// <summary>
/// What every right-to-left language added as a folder must give: the leaflet builds with every
/// character drawn, its words are shaped as hb-shape shapes them, its first lines end at the right
/// margin, and poppler reads its mixed sentences back in logical order. Each language states its
/// own words and sentences.
/// </summary>
public abstract class RightToLeftLeafletTests(RightToLeftSiteFixture fixture, string language, NotoFonts fonts, string culture, string hbScript)
{
    protected string Pdf => $"{language}/red-dots-on-the-body/red-dots-on-the-body-{language}.pdf";

    protected BuiltSite Site
    {
        get
        {
            fonts.SkipUnlessInstalled();
            return fixture.Site!;
        }
    }

    [SkippableFact]
    public void The_leaflet_builds_with_every_character_drawn()
    {
        Site.AssertPublished();
        Assert.DoesNotContain(Site.Result.Diagnostics, d => d.Code == "LF4001" || d.Severity == Leaflet.Diagnostics.Severity.Error);
        Assert.True(Site.Exists(Pdf));
        Assert.True(Site.Exists($"{language}/red-dots-on-the-body/red-dots-on-the-body-{language}-large-print.pdf"));
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
    public void The_page_address_beside_the_qr_code_reads_left_to_right_and_ends_beside_the_code()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        var page = document.GetPage(document.NumberOfPages);
        var typography = Typography.For(Leaflet.Pdf.PrintSize.Standard);
        // The code at the right margin, then its gap: the address's lines end there, as the text around them does.
        var labelRight = page.Width - typography.MarginX - typography.BodySize * 7 - typography.BodySize * 1.5;
        var address = page.Letters.Where(l => l.BoundingBox.Right < labelRight + 1 && l.Value != " ")
            .GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .Where(line => line.Any(l => l.Value == "/"))
            .ToList();

        Assert.Equal($"https://leaflets.example.org/{language}/red-dots-on-the-body/",
            string.Concat(address.SelectMany(line => line).Select(l => l.Value)));
        Assert.All(address, line => Assert.InRange(line[^1].BoundingBox.Right, labelRight - 1.5, labelRight + 0.5));
    }

    /// <summary>The layout's glyphs, advances and offsets for a word equal hb-shape's for the same font.</summary>
    protected void AssertShapedAsHbShapes(string word, bool bold)
    {
        fonts.SkipUnlessInstalled();
        DevanagariFonts.SkipUnlessHbShape();
        var library = new FontLibrary();
        var chains = FontChains.For([library.Load(fonts.Regular)], [library.Load(fonts.Bold)], FontSet.Default);
        var measurer = new TextMeasurer(chains, new HarfBuzzShaper(), culture) { Direction = BaseDirection.RightToLeft };
        var style = new TextStyle(bold ? FontStyle.Bold : FontStyle.Regular, 12, new Rgb(0, 0, 0));

        var run = Assert.Single(Assert.Single(LineBreaker.Break([new StyledRun(word, style)], 400, measurer)).Segments).Run;

        Assert.True(run.RightToLeft);
        Assert.Equal(HbShape(bold ? fonts.Bold : fonts.Regular, word), run.Glyphs.Select(g => (g.GlyphId, g.XAdvance, g.XOffset, g.YOffset)));
    }

    /// <summary>
    /// pdftotext's text of the PDF without spaces and direction marks: it marks right-to-left lines with
    /// U+202B … U+202C and left-to-right pieces in them with U+202A … U+202C, and moves the space after
    /// such a piece before it; the words come in logical order, so they are compared without both.
    /// </summary>
    protected string PopplerText()
    {
        GlyphRuns.SystemFonts.RequireTools("pdftotext");
        var (exit, output, error) = ExternalTool.Run("pdftotext", Site.PathOf(Pdf), "-");
        Assert.True(exit == 0, error);
        return new string([.. output.Where(c => c is not ('\u202A' or '\u202B' or '\u202C' or ' '))]);
    }

    /// <summary>The text of the PDF's structure tree as PdfPig reads it (<see cref="TaggedText"/>).</summary>
    protected string TaggedPdfText()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        return TaggedText.Read(document);
    }

    protected string PdfPigText()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Site.Bytes(Pdf));
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    /// <summary>Glyph, advance and offsets in visual order, as the layout keeps a right-to-left run's glyphs.</summary>
    private IReadOnlyList<(ushort, int, int, int)> HbShape(string font, string text)
    {
        var (exit, output, error) = ExternalTool.Run("hb-shape", "--output-format=json", "--no-glyph-names",
            $"--script={hbScript}", $"--language={culture}", "--direction=rtl", font, text);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(g => ((ushort)g.GetProperty("g").GetInt32(), g.GetProperty("ax").GetInt32(), g.GetProperty("dx").GetInt32(), g.GetProperty("dy").GetInt32()))
            .ToList();
    }
}
