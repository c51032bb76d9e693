using System.Globalization;
using System.Text;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// The content-stream operators that draw one shaped run: its own graphics state (q … Q) with the
/// fill colour, a text object with the font, and the glyph numbers as two-byte codes (Identity-H),
/// in <see cref="ContentOrder"/>. Consecutive glyphs with the same vertical offset share a TJ array
/// whose adjustments move each glyph from where the previous glyph's /W width leaves the text
/// position to where HarfBuzz puts it (pen position plus x offset), back to the left too where a
/// glyph is written after one drawn to its right; a change of vertical offset starts a new segment
/// with its own Tm.
/// A left-to-right run whose glyphs are not its characters one to one in reading order is wrapped
/// in a /Span with /ActualText. In a right-to-left run, which readers reorder themselves, only each
/// cluster that is not one glyph for its text (a letter and its marks, lam-alef) gets its own
/// /Span with its text: an /ActualText over the whole run is put in visual order by poppler and
/// read backwards, as Chromium's prints avoid in the same way.
/// </summary>
internal static class GlyphRunOperators
{
    /// <param name="y">The baseline in PDF user space (from the bottom of the page).</param>
    /// <param name="clusters">The run's <see cref="ClusterText.Of"/>.</param>
    /// <param name="content">The content stream being written, appended to.</param>
    public static void Write(StringBuilder content, GlyphRun run, IReadOnlyList<ClusterText> clusters, RunFont font, Rgb color, double x, double y)
    {
        var actualText = !ClusterText.OneToOne(run, clusters, font.TextOf);
        var spans = actualText && run.RightToLeft ? ClusterSpans.Of(run, clusters, font.TextOf) : null;
        if (actualText && spans is null) BeginActualText(content, run.Text);
        content.Append("q\n");
        Number(content, color.R / 255.0).Append(' ');
        Number(content, color.G / 255.0).Append(' ');
        Number(content, color.B / 255.0).Append(" rg\nBT\n").Append(font.ResourceName).Append(' ');
        Number(content, run.Size).Append(" Tf\n");

        var scale = run.Size / run.Font.UnitsPerEm;
        // Where HarfBuzz puts each glyph along the baseline, in font units: the pen plus its x offset.
        var starts = new long[run.Glyphs.Length];
        long pen = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = pen + run.Glyphs[i].XOffset;
            pen += run.Glyphs[i].XAdvance;
        }
        var order = ContentOrder.Of(run, clusters);
        var next = 0;
        while (next < order.Length)
        {
            var span = spans?.ClusterOf(order[next]) ?? -1;
            if (span >= 0 && spans!.StartsAt(order[next])) BeginActualText(content, clusters[span].Text);
            var yOffset = run.Glyphs[order[next]].YOffset;
            Number(content.Append("1 0 0 1 "), x + starts[order[next]] * scale).Append(' ');
            Number(content, y + yOffset * scale).Append(" Tm\n[");
            // Where the glyph just shown left the text position, in font units: its start plus its /W width.
            double after = starts[order[next]];
            var open = false;
            for (; next < order.Length && run.Glyphs[order[next]].YOffset == yOffset && (spans?.ClusterOf(order[next]) ?? -1) == span; next++)
            {
                var glyph = run.Glyphs[order[next]];
                double start = starts[order[next]];
                var adjustment = Math.Round((after - start) * 1000.0 / run.Font.UnitsPerEm, 3, MidpointRounding.AwayFromZero);
                if (adjustment != 0)
                {
                    if (open) content.Append('>');
                    Number(content, adjustment);
                    open = false;
                }
                if (!open) content.Append('<');
                open = true;
                content.Append(CultureInfo.InvariantCulture, $"{glyph.GlyphId:X4}");
                after += (font.Width(glyph.GlyphId) - adjustment) * run.Font.UnitsPerEm / 1000.0;
            }
            if (open) content.Append('>');
            content.Append("] TJ\n");
            if (span >= 0 && spans!.EndsAt(order[next - 1])) content.Append("EMC\n");
        }
        content.Append("ET\nQ\n");
        if (actualText && spans is null) content.Append("EMC\n");
    }

    private static void BeginActualText(StringBuilder content, string text) =>
        content.Append("/Span <</ActualText <FEFF").Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">>> BDC\n");

    private static StringBuilder Number(StringBuilder content, double value) =>
        content.Append(CultureInfo.InvariantCulture, $"{Math.Round(value, 3, MidpointRounding.AwayFromZero):0.###}");
}
