using System.Collections.Immutable;
using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Text;

/// <summary>
/// One glyph of a shaped run, in the font's design units, positioned as HarfBuzz positions it:
/// the advance moves the pen, the offsets move only this glyph. <see cref="Cluster"/> is the
/// UTF-16 index in the run's text of the first character the glyph stands for.
/// </summary>
public readonly record struct ShapedGlyph(ushort GlyphId, int Cluster, int XAdvance, int XOffset, int YOffset);

/// <summary>
/// Glyphs of one font at one size in drawing order (left to right on the page), and the text
/// they stand for in logical (reading) order. A right-to-left run's glyphs are already reversed.
/// </summary>
public sealed record GlyphRun(FontFace Font, double Size, ImmutableArray<ShapedGlyph> Glyphs, string Text, bool RightToLeft)
{
    /// <summary>The pen's travel in points.</summary>
    public double Width
    {
        get
        {
            long units = 0;
            foreach (var glyph in Glyphs) units += glyph.XAdvance;
            return units * Size / Font.UnitsPerEm;
        }
    }
}
