namespace Leaflet.Pdf.Layout;

/// <summary>
/// A key message on a tinted panel with a bar on its left. Split across pages like its
/// content; each page's part gets its own complete panel, padding included.
/// </summary>
public sealed class CalloutElement(ColumnElement content, double padding, double barWidth, Typography typography) : IElement
{
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }

    private double Inset => barWidth + padding;

    public SpacePlan Measure(Space space, Cursor at)
    {
        var plan = content.Measure(space.Shrink(Inset + padding, 2 * padding), at);
        return plan.Kind == PlanKind.Wrap ? plan : plan with { Height = plan.Height + 2 * padding };
    }

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        var plan = Measure(space, at);
        if (plan.Kind == PlanKind.Wrap) return;
        canvas.FillRectangle(new Rect(origin.X, origin.Y, space.Width, plan.Height), typography.CalloutBackground, decorative: true);
        canvas.FillRectangle(new Rect(origin.X, origin.Y, barWidth, plan.Height), typography.CalloutBar, decorative: true);
        canvas.BeginTag(Tag.Div, this);
        content.Draw(canvas, new Point(origin.X + Inset, origin.Y + padding), space.Shrink(Inset + padding, 2 * padding), at);
        if (plan.Kind == PlanKind.Full) canvas.EndTag(this);
    }
}
