using Leaflet.Content;
using Leaflet.Routing;
using Markdig;
using Markdig.Renderers;

namespace Leaflet.Html;

/// <summary>
/// Renders an article's Markdown body to HTML once. Links to other articles and pictures are
/// rewritten to the routes of this build, relative to the page that shows them; web addresses in
/// the text are isolated left to right.
/// </summary>
public sealed class ArticleHtml(Routes routes, string contentRoot)
{
    public string Render(Article article)
    {
        var page = routes.Leaflet(article);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => Rewrite(url, article, page) };
        LeafletMarkdown.Pipeline.Setup(renderer);
        IsolatedUrls.Use(renderer);
        renderer.Render(article.Body);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The URL a Markdown link or picture gets on its article's page.</summary>
    public string RewriteUrl(string url, Article article) => Rewrite(url, article, routes.Leaflet(article));

    private string Rewrite(string url, Article article, Route page)
    {
        var picture = article.Pictures.FirstOrDefault(p => p.Reference == url);
        if (picture is not null) return routes.Relative(page, routes.Picture(picture, article.LanguageCode));
        var target = ContentLinks.ToArticle(url, article, contentRoot);
        if (target is null || target.Slug.Length == 0) return url;
        return routes.Relative(page, routes.Leaflet(target.LanguageCode, target.Slug), target.Fragment);
    }
}
