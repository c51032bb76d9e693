using Leaflet.Content;

namespace Leaflet.Routing;

/// <summary>
/// The one place that decides every output path and URL. Everything else asks it; nothing else
/// concatenates paths, so a change of URL scheme is a change here alone.
/// </summary>
public sealed class Routes(SiteConfiguration configuration)
{
    private const string ImagesFolder = "images";

    public Route Chooser { get; } = Route.Page("");
    public Route NotFound { get; } = Route.File("404.html");
    public Route Sitemap { get; } = Route.File("sitemap.xml");
    public Route Robots { get; } = Route.File("robots.txt");
    public Route Stylesheet { get; } = Route.File("assets/site.css");

    public Route LanguageIndex(string language) => Route.Page(language);

    public Route Leaflet(string language, string slug) => Route.Page($"{language}/{slug}");

    public Route Leaflet(Article article) => Leaflet(article.LanguageCode, article.Slug);

    public Route LeafletPdf(Article article, bool largePrint)
    {
        var suffix = largePrint ? "-large-print" : "";
        return Route.File($"{article.LanguageCode}/{article.Slug}/{article.Slug}-{article.LanguageCode}{suffix}.pdf");
    }

    /// <summary>Two translations side by side, in the first language's leaflet folder: <c>en/x/x-en-ru.pdf</c>.</summary>
    public Route BilingualPdf(string slug, string first, string second) =>
        Route.File($"{first}/{slug}/{slug}-{first}-{second}.pdf");

    /// <summary>A language's own picture is published under its folder; a shared one once for all.</summary>
    public Route Picture(PictureReference picture, string language)
    {
        var folder = picture.LanguageSpecific ? $"{language}/{ImagesFolder}/" : $"{ImagesFolder}/";
        var url = string.Join('/', picture.RelativePath.Split('/').Select(Uri.EscapeDataString));
        return new Route(folder + picture.RelativePath, folder + url);
    }

    public Uri Absolute(Route route, string? fragment = null) =>
        new(configuration.BaseUrl, route.UrlPath + Fragment(fragment));

    /// <summary>A root-relative URL under the base URL's path: for 404.html, which hosts serve at any depth.</summary>
    public string RootRelative(Route route, string? fragment = null) =>
        configuration.BaseUrl.AbsolutePath + Offline(route.UrlPath) + Fragment(fragment);

    /// <summary>A relative URL from one page to another file, so the site works from any sub-path.</summary>
    public string Relative(Route from, Route to, string? fragment = null)
    {
        var fromFolder = from.OutputPath.Split('/')[..^1];
        var target = Offline(to.UrlPath).Split('/');
        var common = 0;
        while (common < fromFolder.Length && common < target.Length - 1 && fromFolder[common] == target[common]) common++;

        var ups = Enumerable.Repeat("..", fromFolder.Length - common);
        var relative = string.Join('/', ups.Concat(target[common..]));
        if (relative.Length == 0) relative = "./";
        else if (relative.EndsWith("..", StringComparison.Ordinal)) relative += "/";
        return relative + Fragment(fragment);
    }

    /// <summary>Opened from the file system a folder URL shows a listing, not the page: name the file.</summary>
    private string Offline(string urlPath) =>
        configuration.OfflineLinks && (urlPath.Length == 0 || urlPath.EndsWith('/')) ? urlPath + "index.html" : urlPath;

    private static string Fragment(string? fragment) => string.IsNullOrEmpty(fragment) ? "" : "#" + UrlText.EscapeFragment(fragment);
}
