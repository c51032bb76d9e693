namespace Leaflet.Pdf.Text.Bidi;

/// <summary>The bidi properties of one code point, looked up in the generated <see cref="BidiTables"/>.</summary>
internal static class BidiCharacters
{
    /// <summary>
    /// The classes of the Basic Multilingual Plane, one byte each, expanded once from the ranges:
    /// nearly every character of a leaflet is found here without a search.
    /// </summary>
    private static readonly BidiClass[] BasicPlane = ExpandBasicPlane();

    /// <summary>Bidi_Class; a lone surrogate gets the class the table gives its code point.</summary>
    public static BidiClass ClassOf(int codePoint) =>
        (uint)codePoint < (uint)BasicPlane.Length ? BasicPlane[codePoint] : Search(codePoint);

    private static BidiClass Search(int codePoint)
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

    private static BidiClass[] ExpandBasicPlane()
    {
        var classes = new BidiClass[0x10000];
        var starts = BidiTables.ClassRangeStarts;
        for (var r = 0; r < starts.Length && starts[r] < classes.Length; r++)
        {
            var end = r + 1 < starts.Length ? Math.Min(starts[r + 1], classes.Length) : classes.Length;
            classes.AsSpan(starts[r], end - starts[r]).Fill((BidiClass)BidiTables.ClassRangeValues[r]);
        }
        return classes;
    }

    private static int Canonical(int bracket) => bracket switch
    {
        0x2329 => 0x3008,
        0x232A => 0x3009,
        _ => bracket,
    };
}
