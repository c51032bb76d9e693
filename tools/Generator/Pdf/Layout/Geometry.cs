namespace Leaflet.Pdf.Layout;

/// <summary>A point in page coordinates: points (1/72 inch) from the top left corner, y growing down.</summary>
public readonly record struct Point(double X, double Y);

public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

public readonly record struct Rgb(byte R, byte G, byte B);

/// <summary>
/// The room an element may use: a width, the height left on the page, and whether nothing
/// has been placed on the page yet (then an element must place something, or the page loop would never end).
/// </summary>
public readonly record struct Space(double Width, double Height, bool AtPageTop)
{
    /// <summary>Room enough for anything: measuring against it gives an element's whole height.</summary>
    public static Space Unbounded(double width) => new(width, double.PositiveInfinity, false);

    public Space Shrink(double width, double height) => new(Width - width, Height - height, AtPageTop);

    /// <summary>As much of an indent as leaves at least <paramref name="narrowest"/> for the text.</summary>
    public double Indent(double wanted, double narrowest) => Math.Clamp(Width - narrowest, 0, wanted);
}
