namespace Leaflet.Pdf.Layout;

/// <summary>
/// A picture, scaled to fit the column width (never enlarged beyond 96 dpi) and the page
/// height. It never splits: when taller than the space left it moves to the next page.
/// An empty alternative text marks it as decoration.
/// </summary>
public sealed class PictureElement(string path, string altText, int pixelWidth, int pixelHeight, double pageHeight) : IElement
{
    private const double PointsPerPixel = 72.0 / 96.0;

    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }

    public (double Width, double Height) SizeFor(double width)
    {
        var w = Math.Min(width, pixelWidth * PointsPerPixel);
        var h = w * pixelHeight / pixelWidth;
        return h <= pageHeight ? (w, h) : (pageHeight * pixelWidth / pixelHeight, pageHeight);
    }

    public SpacePlan Measure(Space space, Cursor at)
    {
        var (_, height) = SizeFor(space.Width);
        return height <= space.Height + 1e-6 || space.AtPageTop
            ? SpacePlan.Full(height)
            : SpacePlan.Wrap("the picture is taller than the space left");
    }

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        if (Measure(space, at).Kind == PlanKind.Wrap) return;
        var (width, height) = SizeFor(space.Width);
        var area = new Rect(origin.X, origin.Y, width, height);
        var decorative = string.IsNullOrWhiteSpace(altText);
        canvas.BeginTag(decorative ? Tag.Artifact : Tag.Figure, this, altText, area);
        canvas.DrawImage(path, area);
        canvas.EndTag(this);
    }
}
