namespace Leaflet.Pdf.Layout;

/// <summary>A numbered or bulleted list: its items stacked, tagged as one list.</summary>
public sealed class ListElement(IReadOnlyList<ListItemElement> items, double itemGap) : IElement
{
    private readonly ColumnElement _items = new(items.Select(i => (IElement)i.WithGap(itemGap)).ToList());

    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }

    public SpacePlan Measure(Space space, Cursor at) => _items.Measure(space, at);

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        var plan = Measure(space, at);
        if (plan.Kind == PlanKind.Wrap) return;
        canvas.BeginTag(Tag.L, this);
        _items.Draw(canvas, origin, space, at);
        if (plan.Kind == PlanKind.Full) canvas.EndTag(this);
    }
}
