namespace Leaflet.Pdf.Text.Bidi;

/// <summary>The bidi properties of one code point, looked up in the generated <see cref="BidiTables"/>.</summary>
internal static class BidiCharacters
{
    /// <summary>Bidi_Class; a value outside the code space (a lone surrogate included) is treated as the table gives its code point.</summary>
    public static BidiClass ClassOf(int codePoint)
    {
        var starts = BidiTables.ClassRangeStarts;
        // The last range that starts at or before the code point holds it.
        var at = starts.BinarySearch(codePoint);
        if (at < 0) at = ~at - 1;
        return (BidiClass)BidiTables.ClassRangeValues[at];
    }

    /// <summary>
    /// The bracket a character pairs with for rule N0 (BD14, BD15), or 0 when it has no
    /// Bidi_Paired_Bracket. Canonical equivalents pair too: U+2329 and U+232A decompose to U+3008
    /// and U+3009, so a bracket is identified by its canonical form. <paramref name="opens"/> is its
    /// Bidi_Paired_Bracket_Type.
    /// </summary>
    public static int CanonicalBracket(int codePoint, out int canonicalPair, out bool opens)
    {
        var at = BidiTables.Brackets.BinarySearch(codePoint);
        if (at < 0)
        {
            canonicalPair = 0;
            opens = false;
            return 0;
        }
        opens = BidiTables.BracketOpens[at] != 0;
        canonicalPair = Canonical(BidiTables.BracketPairs[at]);
        return Canonical(codePoint);
    }

    private static int Canonical(int bracket) => bracket switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => bracket,
    };
}
