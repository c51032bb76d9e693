namespace Leaflet.Pdf.Layout;

/// <summary>
/// One list item with a hanging indent: the label ("3." or a bullet) sits in the indent on the
/// first line's baseline and the body's lines all start at the indent. A short item is never split.
/// </summary>
public sealed class ListItemElement(
    string label, TextStyle labelStyle, double indent, ColumnElement body, TextMeasurer measurer, Typography typography) : IElement
{
    private const int ShortItemLines = 5;
    private readonly object _labelTag = new();

    public double SpaceBefore { get; private init; }
    public double SpaceAfter { get; private init; }

    public ListItemElement WithGap(double gap) =>
        new(label, labelStyle, indent, body, measurer, typography) { SpaceBefore = gap, SpaceAfter = gap };

    public SpacePlan Measure(Space space, Cursor at)
    {
        var bodySpace = space.Shrink(space.Indent(indent, typography.NarrowestColumn), 0);
        var plan = body.Measure(bodySpace, at);
        if (plan.Kind != PlanKind.Partial || !at.IsStart || space.AtPageTop) return plan;
        var whole = body.Measure(Space.Unbounded(bodySpace.Width), at).Height;
        return whole <= ShortItemLines * typography.LineHeight(labelStyle.Size)
            ? SpacePlan.Wrap("a short list item is not split")
            : plan;
    }

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        var plan = Measure(space, at);
        if (plan.Kind == PlanKind.Wrap) return;
        canvas.BeginTag(Tag.LI, this);
        if (at.IsStart)
        {
            var size = labelStyle.Size;
            var lineHeight = typography.LineHeight(size);
            var baseline = origin.Y + (lineHeight - (measurer.Ascent + measurer.Descent) * size) / 2 + measurer.Ascent * size;
            var items = measurer.Shape(label + " ", labelStyle);
            // A label drawn with a right-to-left run ("1." at the right: ".1") reads as written.
            canvas.BeginTag(Tag.Lbl, _labelTag, actualText: items.Any(i => i.Run.RightToLeft) ? label : null);
            // The label sits at the start edge: the left, or the right for a right-to-left language.
            var x = measurer.RightToLeft ? origin.X + space.Width - items.Sum(i => i.Run.Width) : origin.X;
            SingleLine.Draw(canvas, items, labelStyle, x, baseline);
            canvas.EndTag(_labelTag);
        }
        canvas.BeginTag(Tag.LBody, body);
        var room = space.Indent(indent, typography.NarrowestColumn);
        body.Draw(canvas, origin with { X = measurer.RightToLeft ? origin.X : origin.X + room }, space.Shrink(room, 0), at);
        if (plan.Kind != PlanKind.Full) return;
        canvas.EndTag(body);
        canvas.EndTag(this);
    }
}
