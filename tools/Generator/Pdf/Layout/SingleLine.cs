using Leaflet.Pdf.Text.LineBreaking;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// One line of text that never breaks (a list label, the footer's title and page label), drawn
/// in visual order: its bidi runs left to right, as a paragraph's lines are.
/// </summary>
public static class SingleLine
{
    /// <summary>Draws the items from <paramref name="x"/>, left to right; returns where the line ends.</summary>
    public static double Draw(ICanvas canvas, IReadOnlyList<ShapedItem> items, TextStyle style, double x, double baseline)
    {
        if (items.All(i => i.Bidi is null))
        {
            foreach (var item in items)
            {
                canvas.DrawGlyphRun(item.Run, style, x, baseline);
                x += item.Run.Width;
            }
            return x;
        }
        var end = x;
        foreach (var line in LineBreaker.Break(items, double.PositiveInfinity, LineBreakTailoring.Default))
        {
            foreach (var segment in line.Segments) canvas.DrawGlyphRun(segment.Run, style, x + segment.X, baseline);
            end = Math.Max(end, x + line.Advance);
        }
        return end;
    }
}
