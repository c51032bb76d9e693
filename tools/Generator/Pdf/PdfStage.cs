using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Output;
using Leaflet.Pdf.Model;
using Leaflet.Routing;

namespace Leaflet.Pdf;

/// <summary>A PDF written by this build, for the page that offers it and the link check.</summary>
public sealed record WrittenPdf(Article Article, PrintSize Size, Route Route, long Bytes, IReadOnlyList<PdfLink> Links);

/// <summary>
/// The PDF stage: a standard and a large-print leaflet for every article, written before the
/// article's HTML page because the page shows its PDFs' sizes (<see cref="PdfDownloads"/> asks for them).
/// </summary>
public sealed class PdfStage(Site site, Routes routes, string contentRoot)
{
    private static readonly PrintSize[] Sizes = [PrintSize.Standard, PrintSize.Large];

    private readonly LeafletPdfWriter _writer = new();
    private readonly PdfFonts _fonts = new();
    private readonly PdfRequests _requests = new(routes, site, contentRoot);

    /// <summary>Every article's PDFs, written side by side; ordered by path so callers see the same list every time.</summary>
    public IReadOnlyList<WrittenPdf> Write(IOutputFiles staging, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var written = new System.Collections.Concurrent.ConcurrentBag<WrittenPdf>();
        Parallel.ForEach(site.Leaflets.SelectMany(l => l.Translations), new ParallelOptions { CancellationToken = cancel }, article =>
        {
            foreach (var pdf in WriteArticle(article, staging, diagnostics)) written.Add(pdf);
        });
        return written.OrderBy(w => w.Route.OutputPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>One article's PDFs, standard first. Thread-safe: articles may be written side by side.</summary>
    public IReadOnlyList<WrittenPdf> WriteArticle(Article article, IOutputFiles staging, DiagnosticBag diagnostics)
    {
        var language = site.Languages.First(l => l.Code == article.LanguageCode);
        // Both sizes print the same page address, so its QR code is computed once.
        var qrCode = QrMatrix.For(routes.Absolute(routes.Leaflet(article)));
        var fonts = _fonts.For(language, diagnostics);
        var written = new List<WrittenPdf>(Sizes.Length);
        foreach (var size in Sizes)
        {
            var route = routes.LeafletPdf(article, size == PrintSize.Large);
            LeafletPdfResult result;
            long bytes;
            using (var file = staging.Create(route))
            {
                result = _writer.Write(_requests.For(article, language, size) with { QrCode = qrCode, Fonts = fonts }, file);
                bytes = file.Length;
            }
            diagnostics.AddRange(result.Diagnostics);
            written.Add(new WrittenPdf(article, size, route, bytes, result.Links));
        }
        return written;
    }

    /// <summary>The download links a leaflet page shows, standard first, labelled in the page's language.</summary>
    public static IReadOnlyList<DownloadModel> Downloads(IReadOnlyList<WrittenPdf> pdfs, Article article, Language language, Routes routes)
    {
        var page = routes.Leaflet(article);
        return pdfs.Where(p => p.Article == article)
            .OrderBy(p => p.Size)
            .Select(p => new DownloadModel(
                language.Strings[p.Size == PrintSize.Large ? "download_large_print" : "download_leaflet"],
                routes.Relative(page, p.Route),
                "application/pdf",
                (int)Math.Max(1, Math.Round(p.Bytes / 1024.0, MidpointRounding.AwayFromZero))))
            .ToList();
    }
}
