using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Output;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>The HTML stage: every page of the site, the sitemap, robots.txt, styles and the pictures pages show.</summary>
public sealed class HtmlStage(Site site, Routes routes, TemplateSet templates, string contentRoot)
{
    public static readonly IReadOnlyList<string> Templates = [PageRenderer.Layout, "chooser.html", "language.html", "leaflet.html", "404.html"];

    private const string AssetsFolder = "assets";

    /// <param name="downloads">The files a leaflet page offers; called from several threads, once per article.</param>
    /// <param name="rendered">Told each page written, with its HTML, from the thread that rendered it (for the link check).</param>
    /// <returns>The number of HTML pages written.</returns>
    public int Write(IOutputFiles staging, Func<Article, IReadOnlyList<DownloadModel>> downloads, DiagnosticBag diagnostics,
        CancellationToken cancel, Action<Route, string>? rendered = null)
    {
        var models = new PageModels(site, routes);
        var articleHtml = new ArticleHtml(routes, contentRoot);
        var pages = new List<(string Template, Route Route, Func<PageModel> Model)>
        {
            ("chooser.html", routes.Chooser, models.Chooser),
        };
        foreach (var language in site.Languages)
            pages.Add(("language.html", routes.LanguageIndex(language.Code), () => models.LanguageIndex(language)));
        foreach (var leaflet in site.Leaflets)
        {
            foreach (var article in leaflet.Translations)
                pages.Add(("leaflet.html", routes.Leaflet(article), () => models.Leaflet(leaflet, article, articleHtml.Render(article), downloads(article))));
        }
        pages.Add(("404.html", routes.NotFound, models.NotFound));

        // Pages are independent: each worker renders with its own template context, each page is written
        // to its own file, and the bag sorts the diagnostics, so the files are the same whatever the order.
        var written = 0;
        var parallel = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, pages.Count, parallel, () => new PageRenderer(templates), (i, _, renderer) =>
        {
            var (template, route, model) = pages[i];
            var html = renderer.Render(template, model(), diagnostics);
            if (html is null) return renderer;
            staging.WriteText(route, html);
            rendered?.Invoke(route, html);
            Interlocked.Increment(ref written);
            return renderer;
        }, _ => { });

        CopyPictures(staging);
        staging.WriteText(routes.Sitemap, Sitemap.Write(site, routes));
        staging.WriteText(routes.Robots, Robots.Write(routes));
        CopyAssets(staging);
        return written;
    }

    /// <summary>A shared picture is published once, however many articles show it.</summary>
    private void CopyPictures(IOutputFiles staging)
    {
        var pictures = site.Leaflets.SelectMany(l => l.Translations)
            .SelectMany(a => a.Pictures.Select(p => (Route: routes.Picture(p, a.LanguageCode), p.SourceFile)))
            .DistinctBy(p => p.Route.OutputPath, StringComparer.Ordinal);
        foreach (var (route, source) in pictures) staging.CopyFile(route, source);
    }

    /// <summary>Hand-written styles and fonts live in templates/assets/ and are published as they are.</summary>
    private void CopyAssets(IOutputFiles staging)
    {
        var source = Path.Combine(templates.Root, AssetsFolder);
        if (!Directory.Exists(source)) return;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(templates.Root, file).Replace(Path.DirectorySeparatorChar, '/');
            staging.CopyFile(Route.File(relative), file);
        }
    }
}
