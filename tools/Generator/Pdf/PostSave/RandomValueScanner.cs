using System.Text;

namespace Leaflet.Pdf.PostSave;

/// <summary>A value PDFsharp drew at random or from the clock, found in the saved bytes.</summary>
internal readonly record struct RandomValue(int Index, int Length, string Kind);

/// <summary>
/// Finds the values <see cref="DeterministicIdentifiers"/> replaces, in file order: a subset tag
/// after /FontName/ or /BaseFont/ (six capitals and '+'), a UUID in a link's /NM(…) or after
/// "uuid:" in the XMP, the two halves of the trailer's /ID[&lt;…&gt;&lt;…&gt;], and a link's /M(D:…)
/// date with its optional zone. Each marker is searched for with a vectorised IndexOf; a regular
/// expression with look-behinds tried every byte of the file, which took a sixth of a PDF's time.
/// The values are made of letters, digits and '-+'' only, so no marker can start inside another
/// value and the searches can run one after another.
/// </summary>
internal static class RandomValueScanner
{
    private static ReadOnlySpan<byte> FontName => "/FontName/"u8;
    private static ReadOnlySpan<byte> BaseFont => "/BaseFont/"u8;
    private static ReadOnlySpan<byte> LinkName => "/NM("u8;
    private static ReadOnlySpan<byte> XmpUuid => "uuid:"u8;
    private static ReadOnlySpan<byte> TrailerId => "/ID[<"u8;
    private static ReadOnlySpan<byte> LinkDate => "/M(D:"u8;

    public static List<RandomValue> Find(ReadOnlySpan<byte> pdf)
    {
        var found = new List<RandomValue>();
        foreach (var at in After(pdf, FontName).Concat(After(pdf, BaseFont)))
            if (Run(pdf, at, 6, IsCapital) && Is(pdf, at + 6, '+')) found.Add(new(at, 6, "tag"));
        foreach (var at in After(pdf, LinkName))
            if (Run(pdf, at, 36, IsUuid) && Is(pdf, at + 36, ')')) found.Add(new(at, 36, "uuid"));
        foreach (var at in After(pdf, XmpUuid))
            if (Run(pdf, at, 36, IsUuid)) found.Add(new(at, 36, "uuid"));
        foreach (var at in After(pdf, TrailerId))
        {
            var second = at + 34;
            if (Run(pdf, at, 32, IsHex) && Is(pdf, at + 32, '>') && Is(pdf, at + 33, '<') && Run(pdf, second, 32, IsHex)
                && Is(pdf, second + 32, '>') && Is(pdf, second + 33, ']'))
            {
                found.Add(new(at, 32, "id"));
                found.Add(new(second, 32, "id"));
            }
        }
        foreach (var at in After(pdf, LinkDate))
        {
            if (!Run(pdf, at, 14, IsDigit)) continue;
            var zone = at + 14;
            if (Is(pdf, zone, ')')) found.Add(new(at, 14, "date"));
            else if (IsZone(pdf, zone) && Is(pdf, zone + 7, ')'))
            {
                found.Add(new(at, 14, "date"));
                found.Add(new(zone, 7, "zone"));
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    public static string Text(ReadOnlySpan<byte> pdf, RandomValue value) => Encoding.Latin1.GetString(pdf.Slice(value.Index, value.Length));

    /// <summary>The offsets just after each occurrence of a marker.</summary>
    private static List<int> After(ReadOnlySpan<byte> pdf, ReadOnlySpan<byte> marker)
    {
        var offsets = new List<int>();
        for (var from = 0; ;)
        {
            var at = pdf[from..].IndexOf(marker);
            if (at < 0) return offsets;
            from += at + marker.Length;
            offsets.Add(from);
        }
    }

    /// <summary>[+-]\d\d'\d\d'</summary>
    private static bool IsZone(ReadOnlySpan<byte> pdf, int at) =>
        (Is(pdf, at, '+') || Is(pdf, at, '-')) && Run(pdf, at + 1, 2, IsDigit) && Is(pdf, at + 3, '\'') && Run(pdf, at + 4, 2, IsDigit) && Is(pdf, at + 6, '\'');

    private static bool Run(ReadOnlySpan<byte> pdf, int at, int length, Func<byte, bool> accepts)
    {
        if (at + length > pdf.Length) return false;
        foreach (var b in pdf.Slice(at, length))
            if (!accepts(b)) return false;
        return true;
    }

    private static bool Is(ReadOnlySpan<byte> pdf, int at, char c) => at < pdf.Length && pdf[at] == c;

    private static bool IsCapital(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsHex(byte b) => IsDigit(b) || b is >= (byte)'A' and <= (byte)'F';

    private static bool IsUuid(byte b) => IsDigit(b) || b is >= (byte)'a' and <= (byte)'f' or (byte)'-';
}
