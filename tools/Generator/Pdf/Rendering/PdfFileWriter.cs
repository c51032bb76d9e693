using Leaflet.Pdf.Layout;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Leaflet.Pdf.Rendering;

/// <summary>Creates the PDFsharp document, lets the page loop draw on it, and saves it deterministically.</summary>
internal static class PdfFileWriter
{
    /// <summary>What PDFsharp writes as the info dictionary's producer; the XMP must say the same.</summary>
    private static readonly string ProducerName = $"PDFsharp {typeof(PdfDocument).Assembly.GetName().Version?.ToString(3)}";

    public static IReadOnlyList<PdfLink> Write(LeafletPdfRequest request, Typography typography, Stream output, Action<ICanvas> draw)
    {
        using var document = new PdfDocument();
        // Streams are compressed once, after saving: see StreamCompression.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        DocumentMetadata.Apply(document, request);
        UAManager.ForDocument(document).SetDocumentLanguage(request.Language);

        IReadOnlyList<PdfLink> links;
        using (var canvas = new PdfSharpCanvas(document, typography))
        {
            draw(canvas);
            canvas.EmbedFonts();
            links = canvas.Links;
        }
        using var saved = new PooledBuffer(256 * 1024);
        document.Save(saved, closeStream: false);
        using var final = new PooledBuffer((int)saved.Length / 2);
        SavedPdfRewrite.Apply(saved.Written, XmpMetadata.Create(request, ProducerName), final);
        DeterministicIdentifiers.Apply(final.Written, request.Modified);
        output.Write(final.Written);
        return links;
    }
}
