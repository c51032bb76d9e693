using PdfSharp.Pdf;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// Saves a drawn PDFsharp document as the bytes Leaflet publishes; the only code that knows what
/// PDFsharp's Save() writes. PDFsharp saves without compressing, then one pass over its objects
/// compresses every stream as a complete zlib stream, trims the font programs, replaces the XMP with
/// one whose values are escaped and writes a new cross-reference table
/// (<see cref="SavedPdfRewrite"/>); last, every value Save() drew at random or from the clock is
/// replaced by one derived from the content (<see cref="DeterministicIdentifiers"/>).
/// </summary>
internal static class PostSavePass
{
    /// <summary>What PDFsharp writes as the info dictionary's producer; the XMP must say the same.</summary>
    private static readonly string ProducerName = $"PDFsharp {typeof(PdfDocument).Assembly.GetName().Version?.ToString(3)}";

    public static void Save(PdfDocument document, LeafletPdfRequest request, Stream output)
    {
        // Streams are compressed once, by the rewrite.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        using var saved = new PooledBuffer(256 * 1024);
        document.Save(saved, closeStream: false);
        using var final = new PooledBuffer((int)saved.Length / 2);
        SavedPdfRewrite.Apply(saved.Written, XmpMetadata.Create(request, ProducerName), final);
        DeterministicIdentifiers.Apply(final.Written, request.Modified);
        output.Write(final.Written);
    }
}
