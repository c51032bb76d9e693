using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Output;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>The HTML stage: every page of the site, the sitemap, robots.txt, styles and the pictures pages show.</summary>
/// <param name="now">The build's moment: SOURCE_DATE_EPOCH, or the clock.</param>
public sealed class HtmlStage(Site site, Routes routes, TemplateSet templates, string contentRoot, DateTimeOffset now)
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
        Parallel.For(0, pages.Count, parallel, () => new PageRenderer(templates, now), (i, _, renderer) =>
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
        CopyAssets(staging, diagnostics);
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
    private void CopyAssets(IOutputFiles staging, DiagnosticBag diagnostics)
    {
        var source = Path.Combine(templates.Root, AssetsFolder);
        if (!Directory.Exists(source)) return;
        foreach (var file in AssetFiles(source, diagnostics))
        {
            var relative = Path.GetRelativePath(templates.Root, file).Replace(Path.DirectorySeparatorChar, '/');
            staging.CopyFile(Route.File(relative), file);
        }
    }

    /// <summary>
    /// The files under a folder of assets, in name order. A symbolic link to a folder is not followed
    /// (it could lead outside templates/ or round in a circle); a linked file must stay inside.
    /// </summary>
    private IEnumerable<string> AssetFiles(string folder, DiagnosticBag diagnostics)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var isLink = new FileInfo(entry).LinkTarget is not null;
            if (Directory.Exists(entry) && isLink)
                diagnostics.Add(Diagnostic.Of(DiagnosticCodes.TemplateOutsideFolder, DisplayPath.Of(entry), 0, 0,
                    "this is a symbolic link to a folder, which the build does not follow; copy the files into templates/assets/ instead"));
            else if (Directory.Exists(entry))
                foreach (var file in AssetFiles(entry, diagnostics)) yield return file;
            else if (!isLink || ContainedFile.Check(entry, templates.Root, "templates", DiagnosticCodes.TemplateOutsideFolder, diagnostics))
                yield return entry;
        }
    }
}
