using System.Collections.Concurrent;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Output;
using Leaflet.Routing;

namespace Leaflet.Pdf;

/// <summary>
/// Writes an article's PDFs when its page asks what it may offer for download. A page needs only
/// its own PDFs' sizes, so PDF and HTML work for different articles share the cores with no
/// barrier between the stages: no page waits for another article's PDFs, and the PDFs are never
/// more than one per worker ahead of their pages (docs/decisions/0010-pdfs-written-when-their-page-asks.md). Without a stage (a build without PDFs)
/// pages offer nothing.
/// </summary>
public sealed class PdfDownloads(PdfStage? stage, IOutputFiles staging, Routes routes, IReadOnlyList<Language> languages, DiagnosticBag diagnostics)
{
    private readonly ConcurrentBag<WrittenPdf> _written = new();
    private readonly Dictionary<string, Language> _languages = languages.ToDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>Called by the HTML stage, from several threads, once per article.</summary>
    public IReadOnlyList<DownloadModel> For(Article article)
    {
        if (stage is null) return [];
        var pdfs = stage.WriteArticle(article, staging, diagnostics);
        foreach (var pdf in pdfs) _written.Add(pdf);
        return PdfStage.Downloads(pdfs, article, _languages[article.LanguageCode], routes);
    }

    /// <summary>Every PDF written so far, in path order, for the link check.</summary>
    public IReadOnlyList<WrittenPdf> Written => _written.OrderBy(w => w.Route.OutputPath, StringComparer.Ordinal).ToList();
}
