using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Leaflet.Pdf.Rendering;

/// <summary>
/// Swaps the XMP stream PDFsharp writes during Save() for ours, in the saved bytes. PDFsharp
/// 6.2.4 rebuilds the catalog's /Metadata on every save and puts the title in unescaped, so a
/// title with "&amp;" or "&lt;" gave ill-formed XML. The new stream has another length, so the
/// cross-reference offsets after it and startxref are moved by the difference.
/// </summary>
internal static partial class MetadataStreamReplacement
{
    [GeneratedRegex(@"/Metadata (\d+) 0 R")]
    private static partial Regex MetadataReference();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    public static byte[] Apply(byte[] pdf, byte[] xmp)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var reference = MetadataReference().Match(text);
        var startxref = StartXref().Match(text);
        if (!reference.Success || !startxref.Success) return pdf;
        var number = reference.Groups[1].Value;
        var start = text.IndexOf($"\n{number} 0 obj", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal) + "endobj".Length;
        var xrefAt = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        if (start <= 0 || end < start || end > xrefAt) return pdf;

        var replacement = Encoding.Latin1.GetBytes($"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n")
            .Concat(xmp)
            .Concat(Encoding.Latin1.GetBytes("\nendstream\nendobj"))
            .ToArray();
        var delta = replacement.Length - (end - start);
        var xref = ShiftXref(text[xrefAt..startxref.Index], start, delta);
        var output = new MemoryStream(pdf.Length + delta + 16);
        output.Write(pdf, 0, start);
        output.Write(replacement);
        output.Write(pdf, end, xrefAt - end);
        output.Write(Encoding.Latin1.GetBytes(xref));
        output.Write(Encoding.Latin1.GetBytes($"startxref\n{xrefAt + delta}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>Moves every in-use entry's 10-digit offset that lies after the replaced object.</summary>
    private static string ShiftXref(string xref, int after, int delta) =>
        Regex.Replace(xref, @"(?m)^(\d{10}) (\d{5}) n", entry =>
        {
            var offset = long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            var moved = offset > after ? offset + delta : offset;
            return $"{moved.ToString("D10", CultureInfo.InvariantCulture)} {entry.Groups[2].Value} n";
        });
}
