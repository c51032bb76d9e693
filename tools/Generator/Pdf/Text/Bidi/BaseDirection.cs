namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// A paragraph's base direction as the caller gives it: fixed (a language's <c>direction</c>), or
/// <see cref="Auto"/>, found from the paragraph's first strong character (UAX #9, rules P2 and P3).
/// </summary>
public enum BaseDirection
{
    LeftToRight,
    RightToLeft,
    Auto,
}
