using Leaflet.Content;
using Leaflet.Html;
using Leaflet.Routing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leaflet.Links;

/// <summary>
/// Where each link of a leaflet page was written in Markdown, so a broken link is reported at the
/// line a translator can fix rather than in the generated HTML.
/// </summary>
public sealed class LinkOrigins
{
    private readonly Dictionary<(string Page, string Href), SourceLocation> _origins = new();

    public LinkOrigins(Site site, Routes routes, ArticleHtml articleHtml)
    {
        foreach (var article in site.Leaflets.SelectMany(l => l.Translations))
        {
            var page = routes.Leaflet(article).OutputPath;
            var map = new SourceMap(article.SourcePath, article.BodyLineOffset);
            foreach (var link in article.Body.Descendants<LinkInline>())
            {
                var href = articleHtml.RewriteUrl(link.Url ?? "", article);
                _origins.TryAdd((page, Normal(href)), new SourceLocation(map.File, map.Line(link), map.Column(link)));
            }
            foreach (var autolink in article.Body.Descendants<AutolinkInline>())
            {
                var href = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + autolink.Url : autolink.Url;
                _origins.TryAdd((page, Normal(href)), new SourceLocation(map.File, map.Line(autolink), map.Column(autolink)));
            }
        }
    }

    public SourceLocation? Find(string pagePath, string href) => _origins.GetValueOrDefault((pagePath, Normal(href)));

    /// <summary>Markdig percent-encodes what it writes into href; the checker sees the attribute as written.</summary>
    private static string Normal(string href)
    {
        try
        {
            return Uri.UnescapeDataString(href.Trim());
        }
        catch (UriFormatException)
        {
            return href.Trim();
        }
    }
}
