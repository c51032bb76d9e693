using System.Text;
using System.Text.RegularExpressions;

namespace Leaflet.Pdf.Rendering;

/// <summary>
/// Swaps the XMP stream PDFsharp writes during Save() for ours, in the saved bytes. PDFsharp
/// 6.2.4 rebuilds the catalog's /Metadata on every save and puts the title in unescaped, so a
/// title with "&amp;" or "&lt;" gave ill-formed XML.
/// </summary>
internal static partial class MetadataStreamReplacement
{
    [GeneratedRegex(@"/Metadata (\d+) 0 R")]
    private static partial Regex MetadataReference();

    public static byte[] Apply(byte[] pdf, byte[] xmp)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var reference = MetadataReference().Match(text);
        var xrefAt = PdfBytes.StartXref(text);
        if (!reference.Success || xrefAt < 0) return pdf;
        var number = reference.Groups[1].Value;
        var start = text.IndexOf($"\n{number} 0 obj", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal) + "endobj".Length;
        if (start <= 0 || end < start || end > xrefAt) return pdf;

        var replacement = Encoding.Latin1.GetBytes($"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n")
            .Concat(xmp)
            .Concat(Encoding.Latin1.GetBytes("\nendstream\nendobj"))
            .ToArray();
        return PdfBytes.Rewrite(pdf, text, xrefAt, [new PdfBytes.Edit(start, end, replacement)]);
    }
}
