using System.Security.Cryptography;
using System.Text;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Serve;

/// <summary>
/// Each article's PDFs, kept between builds and made again only when what they are drawn from
/// changed: the article file, its language, the site configuration or its pictures. PDFs are the
/// slowest part of a build, and templates, other leaflets and the indexes never reach them.
/// </summary>
public sealed class LivePdfs
{
    private readonly Dictionary<(string Language, string Slug), Entry> _entries = new();

    private sealed record Entry(string Key, IReadOnlyList<WrittenPdf> Pdfs, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Makes the PDFs of the given articles whose sources changed since they were made.</summary>
    /// <returns>The articles whose PDFs were made again.</returns>
    public IReadOnlyList<Article> Update(Site site, IEnumerable<Article> articles, Routes routes, string contentRoot, MemoryOutput output, CancellationToken cancel)
    {
        var languages = site.Languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var stale = articles.Select(a => (Article: a, Key: Key(a, languages[a.LanguageCode], site.Configuration)))
            .Where(job => _entries.GetValueOrDefault((job.Article.LanguageCode, job.Article.Slug))?.Key != job.Key)
            .ToList();
        // Articles side by side, one PdfStage each (which writes its two sizes one after the other), so each
        // article's diagnostics stay its own.
        var made = new Entry[stale.Count];
        Parallel.For(0, stale.Count, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var (article, key) = stale[i];
            var one = site with { Leaflets = [new LeafletEntry(article.Slug, [article])] };
            var diagnostics = new DiagnosticBag();
            var pdfs = new PdfStage(one, routes, contentRoot).Write(output, diagnostics, cancel);
            made[i] = new Entry(key, pdfs, diagnostics.ToSortedList());
        });
        for (var i = 0; i < stale.Count; i++) _entries[(stale[i].Article.LanguageCode, stale[i].Article.Slug)] = made[i];
        return stale.Select(job => job.Article).ToList();
    }

    /// <summary>Forgets the PDFs of articles that are no longer in the site.</summary>
    public void Keep(Site site)
    {
        var present = site.Leaflets.SelectMany(l => l.Translations).Select(a => (a.LanguageCode, a.Slug)).ToHashSet();
        foreach (var key in _entries.Keys.Where(k => !present.Contains(k)).ToList()) _entries.Remove(key);
    }

    public IReadOnlyList<Diagnostic> DiagnosticsOf(Article article) => Find(article)?.Diagnostics ?? [];

    public IEnumerable<string> Files => _entries.Values.SelectMany(e => e.Pdfs).Select(p => p.Route.OutputPath);

    public IReadOnlyList<DownloadModel> Downloads(Article article, Language language, Routes routes) =>
        PdfStage.Downloads(PdfsOf(article), article, language, routes);

    /// <summary>A PDF has pages, not lines: its links are reported at (page, 1), as the build's check does.</summary>
    public IEnumerable<ExternalLinkSource> Links =>
        _entries.Values.SelectMany(e => e.Pdfs).SelectMany(pdf => pdf.Links.Select(link => new ExternalLinkSource(pdf.Route.OutputPath, link.Page, 1, link.Url)));

    /// <summary>The entries name the article they were made from; the page asks with the article as now read.</summary>
    private IReadOnlyList<WrittenPdf> PdfsOf(Article article) =>
        Find(article)?.Pdfs.Select(p => p with { Article = article }).ToList() ?? [];

    private Entry? Find(Article article) => _entries.GetValueOrDefault((article.LanguageCode, article.Slug));

    private static string Key(Article article, Language language, SiteConfiguration configuration)
    {
        var text = new StringBuilder();
        text.Append(configuration).Append('\n').Append(language.Name).Append('\n').Append(language.Culture.Name).Append('\n');
        foreach (var (key, value) in language.Strings.OrderBy(s => s.Key, StringComparer.Ordinal)) text.Append(key).Append('=').Append(value).Append('\n');
        foreach (var picture in article.Pictures)
        {
            var file = new FileInfo(picture.SourceFile);
            text.Append(picture.SourceFile).Append(file.Exists ? file.Length : -1).Append(file.Exists ? file.LastWriteTimeUtc.Ticks : 0).Append('\n');
        }
        // What was parsed, not the file as it is now: a second save during this build must not be mistaken for this one.
        text.Append(article.SourcePath).Append('\n').Append(article.FrontMatter).Append('\n').Append(article.BodyLineOffset).Append('\n').Append(article.BodyText);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
