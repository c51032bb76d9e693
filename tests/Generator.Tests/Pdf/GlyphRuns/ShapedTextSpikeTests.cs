using System.Text.RegularExpressions;

namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>
/// The spike: a Devanagari paragraph and an Arabic word, shaped by HarfBuzz and drawn through the
/// real canvas and writer, read back by the tools a reader of the PDF would use.
/// </summary>
public class ShapedTextSpikeTests
{
    private static readonly Regex BidiControls = new("[\u202A-\u202E\u2066-\u2069]");

    private static string WriteSpike(out byte[] pdf)
    {
        SystemFonts.Require(SystemFonts.Devanagari, SystemFonts.Arabic);
        pdf = SpikeDocument.Write();
        var path = Path.Combine(Path.GetTempPath(), $"leaflet-spike-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [SkippableFact]
    public void Each_face_is_embedded_once_as_a_subset_with_a_unicode_map()
    {
        SystemFonts.RequireTools("pdffonts");
        var path = WriteSpike(out _);

        var (exit, output, error) = ExternalTool.Run("pdffonts", path);

        Assert.True(exit == 0, error);
        var fonts = output.Split('\n').Skip(2).Where(line => line.Length > 0).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.Single(fonts, f => Regex.IsMatch(f, @"^[A-Z]{6}\+NotoNaskhArabic-Regular\s"));
        Assert.Single(fonts, f => Regex.IsMatch(f, @"^[A-Z]{6}\+NotoSansDevanagari-Regular\s"));
        Assert.All(fonts, f => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes yes yes ", f));
    }

    [SkippableFact]
    public void Qpdf_finds_no_error_and_no_warning()
    {
        SystemFonts.RequireTools("qpdf");
        var path = WriteSpike(out _);

        var (exit, output, error) = ExternalTool.Run("qpdf", "--check", path);

        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain("WARNING", output + error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors found", output);
    }

    [SkippableFact]
    public void Pdftotext_gives_both_texts_in_reading_order()
    {
        SystemFonts.RequireTools("pdftotext");
        var path = WriteSpike(out _);

        var (exit, output, error) = ExternalTool.Run("pdftotext", path, "-");

        Assert.True(exit == 0, error);
        var lines = BidiControls.Replace(output, "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Order(StringComparer.Ordinal);
        Assert.Equal([SpikeDocument.Arabic, SpikeDocument.Hindi], lines);
    }

    [SkippableFact]
    public void The_structure_tree_holds_each_text_under_its_tag()
    {
        SystemFonts.RequireTools("pdfinfo");
        var path = WriteSpike(out _);

        var (exit, output, error) = ExternalTool.Run("pdfinfo", "-struct-text", path);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var heading = lines.IndexOf("H1 (block)");
        var paragraph = lines.IndexOf("P (block)");
        Assert.True(heading >= 0 && paragraph > heading, output);
        // Without /ActualText (which -struct-text does not read) the letters come in content order.
        Assert.Equal(SpikeDocument.Arabic.Length, lines[heading + 1].Trim('"').Length);
        Assert.All(SpikeDocument.Arabic, c => Assert.Contains(c, lines[heading + 1]));
        // The Devanagari, written cluster by cluster in the order of its characters, reads as its text.
        Assert.Equal($"\"{SpikeDocument.Hindi}\"", lines[paragraph + 1]);
    }

    [SkippableFact]
    public void The_glyphs_drawn_are_hb_shapes_glyph_for_glyph()
    {
        SystemFonts.RequireTools("hb-shape");
        WriteSpike(out var pdf);

        var drawn = DrawnGlyphs.Of(pdf);

        Assert.Equal(2, drawn.Count);
        Assert.Equal(DrawnGlyphs.HbShape(SystemFonts.Arabic, SpikeDocument.Arabic).Select(g => g.Glyph), drawn[0].Glyphs);
        // Within a cluster the glyphs are written in the order of the characters they stand for (कि: क, then ि).
        var clusters = DrawnGlyphs.PerCluster(DrawnGlyphs.HbShape(SystemFonts.Devanagari, SpikeDocument.Hindi));
        Assert.Equal(clusters, DrawnGlyphs.CutLike(drawn[1].Glyphs, clusters));
        Assert.NotEqual(drawn[0].Font, drawn[1].Font);
    }

    [SkippableFact]
    public void PdfPig_reads_the_page_and_each_glyph_sits_where_hb_shape_places_it()
    {
        WriteSpike(out var pdf);
        SystemFonts.RequireTools("hb-shape");
        var shaped = DrawnGlyphs.HbShape(SystemFonts.Devanagari, SpikeDocument.Hindi);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var hindi = page.Letters.Where(l => (l.FontName ?? "").EndsWith("NotoSansDevanagari-Regular", StringComparison.Ordinal)).ToList();

        Assert.Contains("त्वचा पर लाल", page.Text);
        Assert.Contains("क्या करना है।", page.Text);
        Assert.Equal(shaped.Count, hindi.Count);
        // Noto Sans Devanagari has 1,000 units per em; the paragraph is set at 14 pt from x = 72.
        Assert.Contains(shaped, g => g.XOffset != 0);
        var expected = shaped.Select((g, i) => Math.Round(72 + (shaped.Take(i).Sum(p => p.Advance) + g.XOffset) * 14 / 1000.0, 2));
        // Sorted: a cluster's glyphs are written in the order of their characters, not from left to right.
        Assert.Equal(expected.Order(), hindi.Select(l => Math.Round(l.StartBaseLine.X, 2)).Order());
    }
}
