using System.Collections.Concurrent;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Output;
using Leaflet.Routing;

namespace Leaflet.Pdf;

/// <summary>A PDF written by this build, for the page that offers it and the link check.</summary>
public sealed record WrittenPdf(Article Article, PrintSize Size, Route Route, long Bytes, IReadOnlyList<PdfLink> Links);

/// <summary>
/// The PDF stage: a standard and a large-print leaflet for every article, written before the HTML
/// because each leaflet page shows its PDFs' sizes.
/// </summary>
public sealed class PdfStage(Site site, Routes routes, string contentRoot)
{
    private static readonly PrintSize[] Sizes = [PrintSize.Standard, PrintSize.Large];

    public IReadOnlyList<WrittenPdf> Write(IOutputFiles staging, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var writer = new LeafletPdfWriter();
        var requests = new PdfRequests(routes, site, contentRoot);
        var jobs = site.Leaflets.SelectMany(l => l.Translations).SelectMany(a => Sizes.Select(s => (Article: a, Size: s))).ToList();
        var written = new ConcurrentBag<WrittenPdf>();
        Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = cancel }, job =>
        {
            var language = site.Languages.First(l => l.Code == job.Article.LanguageCode);
            var route = routes.LeafletPdf(job.Article, job.Size == PrintSize.Large);
            LeafletPdfResult result;
            using (var file = staging.Create(route))
                result = writer.Write(requests.For(job.Article, language, job.Size), file);
            diagnostics.AddRange(result.Diagnostics);
            written.Add(new WrittenPdf(job.Article, job.Size, route, staging.SizeOf(route), result.Links));
        });
        return written.OrderBy(w => w.Route.OutputPath, StringComparer.Ordinal).ToList();
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
