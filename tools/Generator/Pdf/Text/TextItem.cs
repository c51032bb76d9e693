using HarfBuzzSharp;
using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Text;

/// <summary>
/// Characters [Start, Start + Length) of a text that are shaped together: one font, one
/// script, one direction. Items never split a grapheme cluster.
/// </summary>
public readonly record struct TextItem(int Start, int Length, FontFace Font, Script Script)
{
    /// <summary>Right-to-left scripts shape right to left, so their glyphs come in visual order.</summary>
    public bool RightToLeft => Script.HorizontalDirection == Direction.RightToLeft;
}
