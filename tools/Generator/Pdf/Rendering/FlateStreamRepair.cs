using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Leaflet.Pdf.Rendering;

/// <summary>
/// PDFsharp 6.2.4 ends its Flate streams without the final deflate block and the Adler-32 check
/// (qpdf: "input stream is complete but output may still be valid"); tolerant readers cope, strict
/// inflaters such as SharpZipLib fail with "unexpected EOF". Every Flate stream is therefore
/// inflated and deflated again, completely, in the saved bytes, and the cross-reference offsets
/// are moved by the change in length.
/// </summary>
internal static partial class FlateStreamRepair
{
    [GeneratedRegex(@"(?<=\n)(\d+) 0 obj\s*<<")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"/Length (\d+)(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();

    public static byte[] Apply(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xrefAt = PdfBytes.StartXref(text);
        if (xrefAt < 0) return pdf;

        var edits = new List<PdfBytes.Edit>();
        foreach (Match match in ObjectStart().Matches(text[..xrefAt]))
        {
            var streamKeyword = text.IndexOf(">>\nstream\n", match.Index, StringComparison.Ordinal);
            var objectEnd = text.IndexOf("endobj", match.Index, StringComparison.Ordinal);
            if (streamKeyword < 0 || objectEnd < 0 || streamKeyword > objectEnd) continue;
            var dictionary = text[match.Index..streamKeyword];
            var length = DirectLength().Match(dictionary);
            if (!dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal) || !length.Success) continue;

            var dataStart = streamKeyword + ">>\nstream\n".Length;
            var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
            var repaired = Deflate(Inflate(pdf.AsSpan(dataStart, dataLength)));
            var newDictionary = dictionary[..length.Index] + $"/Length {repaired.Length}" + dictionary[(length.Index + length.Length)..];
            var replacement = Encoding.Latin1.GetBytes(newDictionary + ">>\nstream\n").Concat(repaired).ToArray();
            edits.Add(new PdfBytes.Edit(match.Index, dataStart + dataLength, replacement));
        }
        return PdfBytes.Rewrite(pdf, text, xrefAt, edits);
    }

    private static byte[] Inflate(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data.ToArray());
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }
}
