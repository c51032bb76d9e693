namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// Rule L4: a character at an odd (right-to-left) level is drawn with its mirrored glyph. This is
/// the Bidi_Mirroring_Glyph mapping (BidiMirroring.txt); a Bidi_Mirrored character without one
/// (U+2211 N-ARY SUMMATION, say) would need a mirrored glyph from the font, which this does not give.
/// </summary>
public static class BidiMirroring
{
    /// <summary>The mirrored counterpart of <paramref name="codePoint"/>, or the code point itself when it has none.</summary>
    public static int Mirror(int codePoint)
    {
        var at = BidiTables.Mirrored.BinarySearch(codePoint);
        return at < 0 ? codePoint : BidiTables.MirrorGlyphs[at];
    }

    /// <summary>The code point to draw for a character resolved to <paramref name="level"/>: mirrored at an odd level.</summary>
    public static int ForLevel(int codePoint, byte level) => (level & 1) == 0 ? codePoint : Mirror(codePoint);
}
