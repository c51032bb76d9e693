namespace Leaflet.Pdf.Layout;

/// <summary>
/// One block of the leaflet. <see cref="Measure"/> says how much of it, from a cursor, fits
/// a space; <see cref="Draw"/> draws exactly that much. Elements are immutable apart from
/// caches of pure computations, so measuring twice gives the same answer.
/// </summary>
public interface IElement
{
    SpacePlan Measure(Space space, Cursor at);

    void Draw(ICanvas canvas, Point origin, Space space, Cursor at);

    /// <summary>Vertical room wanted above the element when something precedes it on the page.</summary>
    double SpaceBefore => 0;

    double SpaceAfter => 0;

    /// <summary>A heading: never the last thing on a page.</summary>
    bool KeepWithNext => false;
}
