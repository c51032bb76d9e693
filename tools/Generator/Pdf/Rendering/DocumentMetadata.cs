using PdfSharp.Pdf;

namespace Leaflet.Pdf.Rendering;

/// <summary>The document information: what the viewer shows and search engines index. Dates come from the content, never the clock.</summary>
internal static class DocumentMetadata
{
    public static void Apply(PdfDocument document, LeafletPdfRequest request)
    {
        var info = document.Info;
        info.Title = request.Title;
        info.Subject = request.Description;
        info.Keywords = string.Join("; ", request.Keywords);
        info.Author = request.Publisher;
        info.Creator = request.Publisher;
        info.CreationDate = request.Modified.UtcDateTime;
        info.ModificationDate = request.Modified.UtcDateTime;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageLayout = PdfPageLayout.SinglePage;
    }
}
