namespace Leaflet.Pdf.PostSave;

/// <summary>
/// For each composite font PDFsharp saved (a CIDFontType2 whose character codes are glyph numbers,
/// /CIDToGIDMap/Identity): the object number of its embedded font program and the glyphs its
/// widths array /W lists, which are the glyphs the document draws with it. Only objects that begin
/// with the font's own /Type and /Subtype are read, so no text of the leaflet can pose as one.
/// </summary>
internal static class FontProgramGlyphs
{
    private static ReadOnlySpan<byte> CidFontStart => "obj\n<</Type/Font/Subtype/CIDFontType2/"u8;
    private static ReadOnlySpan<byte> DescriptorStart => "obj\n<</Type/FontDescriptor/"u8;
    private static ReadOnlySpan<byte> IdentityMap => "/CIDToGIDMap/Identity"u8;
    private static ReadOnlySpan<byte> DescriptorKey => "/FontDescriptor "u8;
    private static ReadOnlySpan<byte> FontFileKey => "/FontFile2 "u8;
    private static ReadOnlySpan<byte> WidthsKey => "/W["u8;

    /// <summary>Character codes of Identity-H are two bytes.</summary>
    private const int MaximumGlyph = ushort.MaxValue;

    /// <returns>Font program object number → drawn[glyph].</returns>
    public static Dictionary<int, bool[]> Find(ReadOnlySpan<byte> pdf, SavedObjects objects)
    {
        var found = new Dictionary<int, bool[]>();
        foreach (var number in objects.InFileOrder)
        {
            var font = objects.Object(pdf, number);
            if (!Begins(font, CidFontStart) || font.IndexOf(IdentityMap) < 0) continue;
            var descriptor = objects.Object(pdf, Reference(font, DescriptorKey));
            if (!Begins(descriptor, DescriptorStart)) continue;
            var program = Reference(descriptor, FontFileKey);
            var widths = font.IndexOf(WidthsKey);
            if (program > 0 && widths >= 0) found[program] = Listed(font[(widths + WidthsKey.Length)..]);
        }
        return found;
    }

    /// <summary>"N G obj\n" then the given start.</summary>
    private static bool Begins(ReadOnlySpan<byte> pdfObject, ReadOnlySpan<byte> start)
    {
        var header = pdfObject.IndexOf("obj\n"u8);
        return header >= 0 && pdfObject[header..].StartsWith(start);
    }

    /// <summary>The object number after the key ("/Key N 0 R"), or 0.</summary>
    private static int Reference(ReadOnlySpan<byte> pdfObject, ReadOnlySpan<byte> key)
    {
        var at = pdfObject.IndexOf(key);
        return at < 0 ? 0 : CrossReferenceTable.Number(pdfObject[(at + key.Length)..]);
    }

    /// <summary>
    /// The glyphs of a /W array, after its "[": "c [w1 w2 …]" gives glyphs from c on, one per width,
    /// and "c1 c2 w" gives glyphs c1 to c2.
    /// </summary>
    private static bool[] Listed(ReadOnlySpan<byte> widths)
    {
        var glyphs = new List<(int First, int Last)>();
        var numbers = new List<int>();
        for (var at = 0; at < widths.Length && widths[at] != ']';)
        {
            if (widths[at] == '[')
            {
                var end = widths[at..].IndexOf((byte)']') + at;
                if (end < at) break;
                var count = Count(widths[(at + 1)..end]);
                if (numbers.Count > 0 && count > 0) glyphs.Add((numbers[^1], numbers[^1] + count - 1));
                numbers.Clear();
                at = end + 1;
            }
            else if (IsNumber(widths[at]))
            {
                var start = at;
                while (at < widths.Length && IsNumber(widths[at])) at++;
                numbers.Add((int)double.Parse(widths[start..at], provider: System.Globalization.CultureInfo.InvariantCulture));
                if (numbers.Count == 3)
                {
                    glyphs.Add((numbers[0], numbers[1]));
                    numbers.Clear();
                }
            }
            else at++;
        }
        var drawn = new bool[glyphs.Count == 0 ? 0 : Math.Clamp(glyphs.Max(g => g.Last) + 1, 0, MaximumGlyph + 1)];
        foreach (var (first, last) in glyphs)
            for (var glyph = Math.Max(first, 0); glyph <= Math.Min(last, MaximumGlyph); glyph++) drawn[glyph] = true;
        return drawn;
    }

    private static int Count(ReadOnlySpan<byte> widths)
    {
        var count = 0;
        for (var at = 0; at < widths.Length; at++)
            if (IsNumber(widths[at]) && (at == 0 || !IsNumber(widths[at - 1]))) count++;
        return count;
    }

    private static bool IsNumber(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+';
}
