using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Links;
using Leaflet.Pdf;

namespace Leaflet.Serve;

/// <summary>
/// Each article's PDFs, kept between builds and made again only when what they are drawn from
/// changed: the article file, its language, the site configuration or its pictures. PDFs are the
/// slowest part of a build, and templates, other leaflets and the indexes never reach them.
/// </summary>
public sealed class LivePdfs
{
    private readonly Dictionary<(string Language, string Slug), Entry> _entries = new();

    // The sources each article's PDFs were asked for with, until they are made; asked from several threads at once.
    private readonly ConcurrentDictionary<(string Language, string Slug), string> _asked = new();

    private sealed record Entry(string Key, ArticlePdfs Pdfs);

    /// <summary>
    /// What the pipeline may offer instead of making an article's PDFs: those kept, unless the
    /// article is one the change touched and its sources differ from what they were made from (null).
    /// </summary>
    /// <param name="touched">The articles the change read again; null when it read everything.</param>
    internal Func<Article, ArticlePdfs?> Reuse(Site site, IReadOnlySet<Article>? touched)
    {
        var languages = site.Languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var leaflets = site.Leaflets.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        var pairs = site.BilingualPairs;
        return article =>
        {
            var kept = _entries.GetValueOrDefault((article.LanguageCode, article.Slug));
            // An article's bilingual PDFs are drawn from their other translations too: a change to one of them reaches it.
            var partners = pairs.Where(p => p.First == article.LanguageCode)
                .Select(p => leaflets[article.Slug].In(p.Second))
                .OfType<Article>()
                .ToList();
            if (touched is not null && !touched.Contains(article) && !partners.Any(touched.Contains)) return kept?.Pdfs ?? ArticlePdfs.None(article);
            var key = string.Concat(new[] { article }.Concat(partners).Select(a => Key(a, languages[a.LanguageCode], site.Configuration)));
            if (kept?.Key == key) return kept.Pdfs;
            _asked[(article.LanguageCode, article.Slug)] = key;
            return null;
        };
    }

    /// <summary>Keeps the PDFs the pipeline made, under the sources they were asked for with.</summary>
    public void Store(IEnumerable<ArticlePdfs> made)
    {
        foreach (var pdfs in made)
        {
            var id = (pdfs.Article.LanguageCode, pdfs.Article.Slug);
            if (_asked.TryRemove(id, out var key)) _entries[id] = new Entry(key, pdfs);
        }
        _asked.Clear();
    }

    /// <summary>Forgets the PDFs of articles that are no longer in the site.</summary>
    public void Keep(Site site)
    {
        var present = site.Leaflets.SelectMany(l => l.Translations).Select(a => (a.LanguageCode, a.Slug)).ToHashSet();
        foreach (var key in _entries.Keys.Where(k => !present.Contains(k)).ToList()) _entries.Remove(key);
    }

    public IReadOnlyList<Diagnostic> DiagnosticsOf(Article article) =>
        _entries.GetValueOrDefault((article.LanguageCode, article.Slug))?.Pdfs.Diagnostics ?? [];

    public IEnumerable<string> Files => _entries.Values.SelectMany(e => e.Pdfs.Pdfs.Concat(e.Pdfs.Bilingual)).Select(p => p.Route.OutputPath);

    /// <summary>A PDF has pages, not lines: its links are reported at (page, 1), as the build's check does.</summary>
    public IEnumerable<ExternalLinkSource> Links =>
        _entries.Values.SelectMany(e => e.Pdfs.Pdfs.Concat(e.Pdfs.Bilingual)).SelectMany(pdf => pdf.Links.Select(link => new ExternalLinkSource(pdf.Route.OutputPath, link.Page, 1, link.Url)));

    private static string Key(Article article, Language language, SiteConfiguration configuration)
    {
        var text = new StringBuilder();
        text.Append(configuration).Append('\n').Append(language.Name).Append('\n').Append(language.Culture.Name).Append('\n').Append(language.Digits).Append('\n');
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
