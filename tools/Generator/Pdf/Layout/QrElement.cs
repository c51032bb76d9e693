namespace Leaflet.Pdf.Layout;

/// <summary>
/// A QR code drawn as vector squares (sharp at any print resolution, a few hundred bytes),
/// with the printed address beside it. Never split. The module matrix comes without its quiet
/// zone; the spacing around the element provides it.
/// </summary>
public sealed class QrElement(bool[,] modules, double size, double gap, string altText, ParagraphElement label, Rgb ink) : IElement
{
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }

    /// <summary>The code at the right and its address to its left, for a right-to-left reader.</summary>
    public bool Mirrored { get; init; }

    private double LabelWidth(double width) => width - size - gap;

    public SpacePlan Measure(Space space, Cursor at)
    {
        var labelHeight = label.Measure(Space.Unbounded(LabelWidth(space.Width)), Cursor.Start).Height;
        var height = Math.Max(size, labelHeight);
        return height <= space.Height + 1e-6 || space.AtPageTop
            ? SpacePlan.Full(height)
            : SpacePlan.Wrap("the QR code and its address are kept together");
    }

    public void Draw(ICanvas canvas, Point origin, Space space, Cursor at)
    {
        if (Measure(space, at).Kind == PlanKind.Wrap) return;
        var count = modules.GetLength(0);
        var module = size / count;
        var codeX = Mirrored ? origin.X + space.Width - size : origin.X;
        canvas.BeginTag(Tag.Figure, this, altText, new Rect(codeX, origin.Y, size, size));
        for (var row = 0; row < count; row++)
        {
            // One rectangle per horizontal run of dark modules keeps the page small and fast to draw.
            for (var column = 0; column < count; column++)
            {
                if (!modules[row, column]) continue;
                var start = column;
                while (column + 1 < count && modules[row, column + 1]) column++;
                canvas.FillRectangle(
                    new Rect(codeX + start * module, origin.Y + row * module, (column - start + 1) * module, module),
                    ink, decorative: false);
            }
        }
        canvas.EndTag(this);
        var labelSpace = new Space(LabelWidth(space.Width), double.PositiveInfinity, false);
        label.Draw(canvas, origin with { X = Mirrored ? origin.X : origin.X + size + gap }, labelSpace, Cursor.Start);
    }
}
