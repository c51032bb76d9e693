using Leaflet.Pdf.Layout;
using Leaflet.Pdf.PostSave;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Leaflet.Pdf.Rendering;

/// <summary>Creates the PDFsharp document, lets the page loop draw on it, and saves it deterministically.</summary>
internal static class PdfFileWriter
{
    public static IReadOnlyList<PdfLink> Write(LeafletPdfRequest request, Typography typography, Stream output, Action<ICanvas> draw)
    {
        using var document = new PdfDocument();
        DocumentMetadata.Apply(document, request);
        UAManager.ForDocument(document).SetDocumentLanguage(request.Language);

        IReadOnlyList<PdfLink> links;
        using (var canvas = new PdfSharpCanvas(document, typography))
        {
            draw(canvas);
            canvas.OrderSections();
            canvas.EmbedFonts();
            links = canvas.Links;
        }
        PostSavePass.Save(document, request, output);
        return links;
    }
}
