using HarfBuzzSharp;
using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Text;

/// <summary>
/// Characters [Start, Start + Length) of a text that are shaped together: one font, one
/// script, one direction. Items never split a grapheme cluster.
/// </summary>
public readonly record struct TextItem(int Start, int Length, FontFace Font, Script Script)
{
    /// <summary>
    /// Shaped right to left, so its glyphs come in visual order: by default a right-to-left
    /// script's; in a paragraph resolved by the bidi algorithm, an item at an odd level.
    /// </summary>
    public bool RightToLeft { get; init; } = Script.HorizontalDirection == Direction.RightToLeft;
}
