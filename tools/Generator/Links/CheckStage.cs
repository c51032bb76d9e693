using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Links;

/// <summary>
/// The Check stage inside a build: every page in the staging folder and every link the PDFs carry,
/// checked against the files of this build before it may replace output/.
/// </summary>
public static class CheckStage
{
    /// <returns>The number of links checked.</returns>
    /// <param name="rendered">The pages the HTML stage scanned as it wrote them.</param>
    public static int Run(string stagingRoot, Site site, Routes routes, string contentRoot,
        IReadOnlyList<WrittenPdf> pdfs, DiagnosticBag diagnostics, CancellationToken cancel, RenderedPages? rendered = null)
    {
        // Needed only to place a problem in the Markdown, so made only when the check finds one.
        var origins = new Lazy<LinkOrigins>(() => new LinkOrigins(site, routes, new ArticleHtml(routes, contentRoot)));
        // A PDF has pages, not lines: its links are reported at (page, 1).
        var pdfLinks = pdfs.SelectMany(pdf => pdf.Links.Select(link => new ExternalLinkSource(pdf.Route.OutputPath, link.Page, 1, link.Url)));
        var checker = new LinkChecker(new LinkCheckOptions { BaseUrl = site.Configuration.BaseUrl });
        var report = checker.Check(stagingRoot, pdfLinks, (page, href) => origins.Value.Find(page, href), cancel, rendered);
        diagnostics.AddRange(report.Diagnostics);
        return report.Links;
    }
}
