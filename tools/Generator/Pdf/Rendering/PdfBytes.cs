using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Leaflet.Pdf.Rendering;

/// <summary>
/// Rewrites parts of a saved PDF with a classic cross-reference table: replaces byte ranges before
/// the table and moves each object's offset, and startxref, by the lengths that changed before it.
/// </summary>
internal static partial class PdfBytes
{
    /// <summary>Bytes [Start, End) become Replacement.</summary>
    public sealed record Edit(int Start, int End, byte[] Replacement)
    {
        public int Delta => Replacement.Length - (End - Start);
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"(?m)^(\d{10}) (\d{5}) n")]
    private static partial Regex InUseEntry();

    /// <returns>The offset of the cross-reference table, or -1 if the file has none we can read.</returns>
    public static int StartXref(string text)
    {
        var match = StartXrefPattern().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    public static byte[] Rewrite(byte[] pdf, string text, int xrefAt, IReadOnlyList<Edit> edits)
    {
        if (edits.Count == 0) return pdf;
        var ordered = edits.OrderBy(e => e.Start).ToList();
        var startxref = StartXrefPattern().Match(text);
        var output = new MemoryStream(pdf.Length + 1024);
        var at = 0;
        foreach (var edit in ordered)
        {
            output.Write(pdf, at, edit.Start - at);
            output.Write(edit.Replacement);
            at = edit.End;
        }
        output.Write(pdf, at, xrefAt - at);
        var xref = InUseEntry().Replace(text[xrefAt..startxref.Index], entry =>
        {
            var offset = long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            var moved = offset + ordered.Where(e => e.Start < offset).Sum(e => (long)e.Delta);
            return $"{moved.ToString("D10", CultureInfo.InvariantCulture)} {entry.Groups[2].Value} n";
        });
        output.Write(Encoding.Latin1.GetBytes(xref));
        var newXrefAt = xrefAt + ordered.Sum(e => e.Delta);
        output.Write(Encoding.Latin1.GetBytes($"startxref\n{newXrefAt.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n"));
        return output.ToArray();
    }
}
