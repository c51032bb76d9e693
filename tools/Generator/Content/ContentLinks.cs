using Leaflet.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Content;

/// <summary>A Markdown link to another article (…/other.md#part), resolved to the article it names.</summary>
public sealed record ArticleLink(string LanguageCode, string Slug, string? Fragment);

/// <summary>
/// Classifies the links an article makes. A link to another article's .md file becomes a link to its page;
/// script and data URLs are refused, since a leaflet has no reason to run or embed code.
/// </summary>
public static class ContentLinks
{
    private static readonly string[] RefusedSchemes = ["javascript:", "data:", "vbscript:"];

    public static ArticleLink? ToArticle(string url, Article from, string contentRoot)
    {
        var (path, fragment) = Split(url);
        if (!path.EndsWith(".md", StringComparison.Ordinal) || Uri.TryCreate(path, UriKind.Absolute, out _) || path.StartsWith('/'))
            return null;
        var unescaped = Uri.UnescapeDataString(path);
        // A NUL (%00) cannot be in a file name, and the path functions throw on it: the link names no article.
        if (unescaped.Contains('\0', StringComparison.Ordinal)) return new ArticleLink("", "", fragment);
        var articleFolder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(contentRoot, from.LanguageCode, from.Slug + ".md")))!;
        var full = Path.GetFullPath(Path.Combine(articleFolder, unescaped));
        var relative = Path.GetRelativePath(Path.GetFullPath(contentRoot), full).Split(Path.DirectorySeparatorChar);
        return relative.Length == 2 && relative[0] != ".."
            ? new ArticleLink(relative[0], Path.GetFileNameWithoutExtension(relative[1]), fragment)
            : new ArticleLink("", "", fragment);
    }

    public static void Check(Site site, string contentRoot, DiagnosticBag diagnostics) =>
        Check(site, site.Leaflets.SelectMany(l => l.Translations), contentRoot, diagnostics);

    /// <summary>The links of some articles, checked against the whole site.</summary>
    public static void Check(Site site, IEnumerable<Article> articles, string contentRoot, DiagnosticBag diagnostics)
    {
        // Looked up once per link: a search through the leaflets made the check grow with the square of the site.
        var known = site.Leaflets.SelectMany(l => l.Translations).Select(a => (a.LanguageCode, a.Slug)).ToHashSet();
        Parallel.ForEach(articles, article =>
        {
            var map = new SourceMap(article.SourcePath, article.BodyLineOffset);
            foreach (var link in article.Body.Descendants<LinkInline>().Where(l => !l.IsImage))
                CheckOne(link, link.Url ?? "", article, known, contentRoot, map, diagnostics);
            foreach (var autolink in article.Body.Descendants<AutolinkInline>())
                CheckOne(autolink, autolink.Url, article, known, contentRoot, map, diagnostics);
        });
    }

    private static void CheckOne(Inline link, string url, Article article, HashSet<(string, string)> known, string contentRoot, SourceMap map,
        DiagnosticBag diagnostics)
    {
        if (RefusedSchemes.Any(s => url.TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Add(map.Report(DiagnosticCodes.CodeLink, link, $"link '{Shorten(url)}' runs or embeds code; a leaflet may link only to pages and files"));
            return;
        }
        var target = ToArticle(url, article, contentRoot);
        if (target is null) return;
        if (!known.Contains((target.LanguageCode, target.Slug)))
            diagnostics.Add(map.Report(DiagnosticCodes.ArticleLinkMissing, link, $"link '{url}' names no article in content/"));
    }

    public static (string Path, string? Fragment) Split(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
    }

    private static string Shorten(string url) => url.Length > 40 ? url[..40] + "…" : url;
}
