using System.Globalization;
using System.Text;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// The content-stream operators that draw one shaped run: its own graphics state (q … Q) with the
/// fill colour, a text object with the font, and the glyph numbers as two-byte codes (Identity-H).
/// Glyphs with the same vertical offset share a TJ array whose adjustments move each glyph from
/// where its /W width would leave it to where HarfBuzz puts it (pen position plus x offset); a
/// change of vertical offset starts a new segment with its own Tm. A run whose glyphs are not its
/// characters one to one in reading order is wrapped in a /Span with /ActualText.
/// </summary>
internal static class GlyphRunOperators
{
    /// <param name="y">The baseline in PDF user space (from the bottom of the page).</param>
    public static string Write(GlyphRun run, RunFont font, Rgb color, double x, double y)
    {
        var content = new StringBuilder(64 + 8 * run.Glyphs.Length);
        var actualText = !ClusterText.OneToOne(run, font.TextOf);
        if (actualText)
            content.Append("/Span <</ActualText <FEFF").Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(run.Text))).Append(">>> BDC\n");
        content.Append("q\n").Append(Number(color.R / 255.0)).Append(' ').Append(Number(color.G / 255.0)).Append(' ')
            .Append(Number(color.B / 255.0)).Append(" rg\nBT\n").Append(font.ResourceName).Append(' ').Append(Number(run.Size)).Append(" Tf\n");

        var scale = run.Size / run.Font.UnitsPerEm;
        long pen = 0;
        var segmentStart = 0;
        while (segmentStart < run.Glyphs.Length)
        {
            var yOffset = run.Glyphs[segmentStart].YOffset;
            var first = run.Glyphs[segmentStart];
            content.Append("1 0 0 1 ").Append(Number(x + (pen + first.XOffset) * scale)).Append(' ')
                .Append(Number(y + yOffset * scale)).Append(" Tm\n[");
            // Where the glyph just shown left the pen, in font units: its start plus its /W width.
            double after = pen + first.XOffset;
            var open = false;
            var index = segmentStart;
            for (; index < run.Glyphs.Length && run.Glyphs[index].YOffset == yOffset; index++)
            {
                var glyph = run.Glyphs[index];
                double start = pen + glyph.XOffset;
                var adjustment = Math.Round((after - start) * 1000.0 / run.Font.UnitsPerEm, 3, MidpointRounding.AwayFromZero);
                if (adjustment != 0)
                {
                    if (open) content.Append('>');
                    content.Append(Number(adjustment));
                    open = false;
                }
                if (!open) content.Append('<');
                open = true;
                content.Append(glyph.GlyphId.ToString("X4", CultureInfo.InvariantCulture));
                after += (font.Width(glyph.GlyphId) - adjustment) * run.Font.UnitsPerEm / 1000.0;
                pen += glyph.XAdvance;
            }
            if (open) content.Append('>');
            content.Append("] TJ\n");
            segmentStart = index;
        }
        content.Append("ET\nQ\n");
        if (actualText) content.Append("EMC\n");
        return content.ToString();
    }

    private static string Number(double value) =>
        Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);
}
