namespace Leaflet.Pdf.Layout;

/// <summary>
/// A paragraph or heading: lines of styled runs. Splits across pages only between lines, and
/// never leaves a single line alone at the bottom (orphan) or top (widow) of a page; headings
/// never split. The cursor's index is the first line still to draw. The runs are shaped once,
/// however many widths they are broken at.
/// </summary>
public sealed class ParagraphElement(
    IReadOnlyList<StyledRun> runs, Tag tag, double size, TextMeasurer measurer, Typography typography) : IElement
{
    private const int MinimumLinesOnAPage = 2;
    private IReadOnlyList<ShapedItem>? _shaped;
    private (double Width, IReadOnlyList<TextLine> Lines) _broken;

    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }
    public bool KeepWithNext { get; init; }
    /// <summary>Never split (headings, the lines of a short block).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>Lines end at the right edge: the paragraph's own direction unless it sits in text of the other.</summary>
    public bool StartsAtRight { get; init; } = measurer.RightToLeft;

    public Tag Tag => tag;
    public double LineHeight => typography.LineHeight(size);

    public IReadOnlyList<TextLine> Lines(double width)
    {
        var broken = _broken;
        if (broken.Lines is null || broken.Width != width)
            _broken = broken = (width, LineBreaker.Break(_shaped ??= measurer.Shape(runs), width, measurer.LineBreaking));
        return broken.Lines;
    }

    public SpacePlan Measure(Space space, Cursor at)
    {
        var remaining = Lines(space.Width).Count - at.Index;
        var fitting = LinesThatFit(space, remaining);
        if (fitting >= remaining) return SpacePlan.Full(remaining * LineHeight);
        if (fitting == 0) return SpacePlan.Wrap(KeepTogether ? $"{tag} is kept together" : "fewer than two lines fit");
        return SpacePlan.Partial(fitting * LineHeight, new Cursor(at.Index + fitting), $"{fitting} of {remaining} lines fit");
    }

    private int LinesThatFit(Space space, int remaining)
    {
        // A hair of tolerance, so rounding in the sum of heights above cannot push out a line that fits exactly.
        var fitting = (int)Math.Floor((space.Height + 1e-6) / LineHeight);
        if (fitting >= remaining) return remaining;
        if (space.AtPageTop) return Math.Max(fitting, 1);
        if (KeepTogether) return 0;
        if (remaining - fitting < MinimumLinesOnAPage) fitting = remaining - MinimumLinesOnAPage;
        return fitting < MinimumLinesOnAPage ? 0 : fitting;
    }

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        var plan = Measure(space, at);
        if (plan.Kind == PlanKind.Wrap) return;
        var lines = Lines(space.Width);
        var count = plan.Kind == PlanKind.Full ? lines.Count - at.Index : plan.Next!.Index - at.Index;
        canvas.BeginTag(tag, this, actualText: ReadingText(lines));
        if (at.Index == 0 && tag is Tag.H1 or Tag.H2 or Tag.H3)
            canvas.Bookmark(tag - Tag.H1 + 1, string.Concat(runs.Select(r => r.Text)).Trim(), origin.Y);
        for (var i = 0; i < count; i++)
        {
            var top = origin.Y + i * LineHeight;
            var baseline = top + (LineHeight - (measurer.Ascent + measurer.Descent) * size) / 2 + measurer.Ascent * size;
            var line = lines[at.Index + i];
            // A line at the right edge ends there with its ink: a right-to-left line's trailing space,
            // logically last, is at its left; a left-to-right line's at its right, past the edge.
            var start = StartsAtRight ? space.Width - (measurer.RightToLeft ? line.Advance : line.Width) : 0;
            foreach (var segment in line.Segments)
                DrawSegment(canvas, segment, origin.X + start + segment.X, top, baseline);
        }
        if (plan.Kind == PlanKind.Full) canvas.EndTag(this);
    }

    /// <summary>
    /// The paragraph's text in logical order when a right-to-left run makes its drawn order differ
    /// from it; null when every run is left to right and the glyphs read as they are drawn.
    /// </summary>
    private string? ReadingText(IReadOnlyList<TextLine> lines)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            var segments = lines[l].Segments;
            for (var i = 0; i < segments.Count; i++)
                if (segments[i].Run.RightToLeft)
                    return string.Concat(runs.Select(r => r.Text)).Trim();
        }
        return null;
    }

    private void DrawSegment(ICanvas canvas, TextSegment segment, double x, double top, double baseline)
    {
        if (segment.Link is null)
        {
            canvas.DrawGlyphRun(segment.Run, segment.Style, x, baseline);
            return;
        }
        var inked = segment.InkWidth;
        // A right-to-left segment's trailing space is drawn at its left.
        var inkX = segment.Run.RightToLeft ? x + segment.Width - inked : x;
        canvas.DrawLinkedGlyphRun(segment.Run, segment.Style, x, baseline, new Rect(inkX, top, inked, LineHeight), segment.Link);
        var thickness = Math.Max(0.6, segment.Style.Size * 0.06);
        canvas.FillRectangle(new Rect(inkX, baseline + segment.Style.Size * 0.14, inked, thickness), segment.Style.Color, decorative: true);
    }
}
