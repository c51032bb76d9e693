using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Rendering;
using Leaflet.Pdf.Rendering.GlyphRuns;
using Leaflet.Pdf.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>
/// Within a cluster, glyphs are written in the order of the characters they stand for, each still
/// drawn where HarfBuzz puts it, so readers that take text in content order and ignore /ActualText
/// (PdfPig here) read the logical text. Noto Sans Devanagari: fonts-noto-core.
/// </summary>
public class ContentOrderTests
{
    private const double Size = 14, Left = 72;

    private static (GlyphRun Run, byte[] Pdf) Draw(string text)
    {
        SystemFonts.Require(SystemFonts.Devanagari);
        var run = Shaping.Shape(SystemFonts.Devanagari, text, Size);
        object paragraph = new();
        var pdf = SpikeDocument.Page(canvas =>
        {
            canvas.BeginTag(Tag.P, paragraph);
            canvas.DrawGlyphRun(run, new TextStyle(FontStyle.Regular, Size, new Rgb(0, 0, 0)), Left, 100);
            canvas.EndTag(paragraph);
        });
        return (run, pdf);
    }

    /// <summary>Where HarfBuzz puts the run's glyphs along the baseline, in points from the page's left edge, rounded to 1/100 pt.</summary>
    private static double[] Positions(GlyphRun run)
    {
        long pen = 0;
        var positions = new double[run.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = Math.Round(Left + (pen + run.Glyphs[i].XOffset) * Size / run.Font.UnitsPerEm, 2);
            pen += run.Glyphs[i].XAdvance;
        }
        return positions;
    }

    private static List<Letter> Letters(byte[] pdf, out Page page)
    {
        var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        page = document.GetPage(1);
        return [.. page.Letters];
    }

    [SkippableFact]
    public void A_pre_base_matra_is_written_after_its_consonant_and_drawn_where_harfbuzz_puts_it()
    {
        var (run, pdf) = Draw("किताब");
        var ka = run.Font.GlyphOf('क');
        // HarfBuzz draws the ि (one of the font's width variants of it) to the left of the क.
        Assert.Equal([0, 0], run.Glyphs.Take(2).Select(g => g.Cluster));
        Assert.NotEqual(ka, run.Glyphs[0].GlyphId);
        Assert.Equal(ka, run.Glyphs[1].GlyphId);

        var letters = Letters(pdf, out var page);

        Assert.Equal("किताब", page.Text);
        Assert.Equal(["क", "ि", "त", "ा", "ब"], letters.Select(l => l.Value));
        Assert.Equal([run.Glyphs[1].GlyphId, run.Glyphs[0].GlyphId, run.Glyphs[2].GlyphId, run.Glyphs[3].GlyphId, run.Glyphs[4].GlyphId],
            Assert.Single(DrawnGlyphs.Of(pdf)).Glyphs.Select(g => (ushort)g));
        var drawn = Positions(run);
        Assert.Equal([drawn[1], drawn[0], drawn[2], drawn[3], drawn[4]], letters.Select(l => Math.Round(l.StartBaseLine.X, 2)));
        Assert.True(drawn[0] < drawn[1]);
    }

    [SkippableFact]
    public void A_run_whose_glyphs_are_not_its_letters_one_to_one_keeps_its_actual_text()
    {
        var (_, pdf) = Draw("किताब");

        Letters(pdf, out var page);

        var span = Assert.Single(page.Operations.OfType<BeginMarkedContentWithProperties>(), o => o.Name.Data == "Span");
        Assert.True(span.Properties!.TryGet(NameToken.Create("ActualText"), out var actual));
        Assert.Equal("किताब", ((IDataToken<string>)actual).Data);
    }

    [SkippableFact]
    public void A_reph_drawn_after_its_consonant_is_written_before_it()
    {
        var (run, pdf) = Draw("धर्म");
        // ध, then म with the reph (र्) drawn over it last.
        Assert.Equal([0, 1, 1], run.Glyphs.Select(g => g.Cluster));

        var letters = Letters(pdf, out var page);

        Assert.Equal("धर्म", page.Text);
        Assert.Equal(["ध", "र्", "म"], letters.Select(l => l.Value));
        var drawn = Positions(run);
        Assert.Equal([drawn[0], drawn[2], drawn[1]], letters.Select(l => Math.Round(l.StartBaseLine.X, 2)));
    }

    [SkippableFact]
    public void Half_forms_and_conjuncts_already_in_order_are_written_in_drawing_order()
    {
        var (run, pdf) = Draw("स्वास्थ्य विशेषज्ञ");

        var letters = Letters(pdf, out var page);

        Assert.Equal("स्वास्थ्य विशेषज्ञ", page.Text);
        var order = ContentOrder.Of(run);
        // Only the ि of वि, the first glyph of विशेषज्ञ, moves: after its व.
        var vi = run.Text.IndexOf("वि", StringComparison.Ordinal);
        var matra = run.Glyphs.IndexOf(run.Glyphs.First(g => g.Cluster == vi));
        Assert.Equal([.. Enumerable.Range(0, matra), matra + 1, matra, .. Enumerable.Range(matra + 2, run.Glyphs.Length - matra - 2)], order);
        Assert.Equal(Positions(run).Order(), letters.Select(l => Math.Round(l.StartBaseLine.X, 2)).Order());
    }

    [SkippableFact]
    public void A_glyph_that_stands_for_no_character_keeps_its_place()
    {
        var (run, pdf) = Draw("बिंदु");
        // The ि and the ं drawn as one glyph before the ब, and a mark that stands for nothing after it.
        Assert.Equal(4, run.Glyphs.Length);

        var letters = Letters(pdf, out _);

        Assert.Equal([1, 0, 2, 3], ContentOrder.Of(run));
        Assert.Equal(["ब", "िं"], letters.Take(2).Select(l => l.Value));
        Assert.Equal(["", "दु"], letters.Skip(2).Select(l => l.Value));
        Assert.Equal("बिंदु", string.Concat(letters.Select(l => l.Value)));
        var drawn = Positions(run);
        Assert.Equal([drawn[1], drawn[0], drawn[2], drawn[3]], letters.Select(l => Math.Round(l.StartBaseLine.X, 2)));
    }
}
