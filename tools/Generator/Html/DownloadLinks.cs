using Leaflet.Content;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>What a leaflet page shows of the PDFs written for its article.</summary>
public static class DownloadLinks
{
    /// <summary>Standard first, labelled in the page's language, with the size in kilobytes for people paying for data.</summary>
    public static IReadOnlyList<DownloadModel> For(ArticlePdfs pdfs, Language language, Routes routes)
    {
        var page = routes.Leaflet(pdfs.Article);
        return pdfs.Pdfs
            .OrderBy(p => p.Size)
            .Select(p => new DownloadModel(
                language.Strings[p.Size == PrintSize.Large ? "download_large_print" : "download_leaflet"],
                routes.Relative(page, p.Route),
                "application/pdf",
                language.Digits.Format((int)Math.Max(1, Math.Round(p.Bytes / 1024.0, MidpointRounding.AwayFromZero)))))
            .ToList();
    }
}
