using PdfSharp.Pdf;

namespace Leaflet.Pdf.Rendering;

/// <summary>The document information: what the viewer shows and search engines index. Dates come from the content, never the clock.</summary>
internal static class DocumentMetadata
{
    public const string CodeKey = "/LeafletCode";
    public const string VersionKey = "/LeafletVersion";

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
        // Custom entries of the information dictionary (ISO 32000-1, 14.3.3), said again in XMP as dc:identifier and xmpMM:VersionID.
        if (request.Code is { } code) info.Elements.SetString(CodeKey, code);
        if (request.Version is { } version) info.Elements.SetString(VersionKey, version);
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageLayout = PdfPageLayout.SinglePage;
    }
}
