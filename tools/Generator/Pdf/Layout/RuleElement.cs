namespace Leaflet.Pdf.Layout;

/// <summary>
/// A thin horizontal rule across the column, setting the end matter apart from the text.
/// Decoration only, and left out at the top of a page, where there is nothing to set apart from.
/// </summary>
public sealed class RuleElement(double thickness, double below, Rgb color) : IElement
{
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }

    public SpacePlan Measure(Space space, Cursor at) => SpacePlan.Full(space.AtPageTop ? 0 : thickness + below);

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        if (!space.AtPageTop)
            canvas.FillRectangle(new Rect(origin.X, origin.Y, space.Width, thickness), color, decorative: true);
    }
}
