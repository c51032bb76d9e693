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

    /// <summary>The bar at the right, the start edge of a right-to-left language.</summary>
    public bool Mirrored { get; init; }

    /// <summary>The bar and padding on both sides, less where the column is already at its narrowest.</summary>
    private double Sides(Space space) => space.Indent(Inset + padding, typography.NarrowestColumn);

    /// <summary>Padding above and below, dropped with the sides', or callouts deep inside each other would fill each page with padding.</summary>
    private double Vertical(Space space) => Sides(space) < Inset + padding ? 0 : padding;

    public SpacePlan Measure(Space space, Cursor at)
    {
        var vertical = Vertical(space);
        var plan = content.Measure(space.Shrink(Sides(space), 2 * vertical), at);
        return plan.Kind == PlanKind.Wrap ? plan : plan with { Height = plan.Height + 2 * vertical };
    }

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        var plan = Measure(space, at);
        if (plan.Kind == PlanKind.Wrap) return;
        canvas.FillRectangle(new Rect(origin.X, origin.Y, space.Width, plan.Height), typography.CalloutBackground, decorative: true);
        var barX = Mirrored ? origin.X + space.Width - barWidth : origin.X;
        canvas.FillRectangle(new Rect(barX, origin.Y, barWidth, plan.Height), typography.CalloutBar, decorative: true);
        canvas.BeginTag(Tag.Div, this);
        var sides = Sides(space);
        var vertical = Vertical(space);
        var left = sides * (Mirrored ? padding : Inset) / (Inset + padding);
        content.Draw(canvas, new Point(origin.X + left, origin.Y + vertical), space.Shrink(sides, 2 * vertical), at);
        if (plan.Kind == PlanKind.Full) canvas.EndTag(this);
    }
}
