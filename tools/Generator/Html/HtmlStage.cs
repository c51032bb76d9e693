using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Html;

/// <summary>A page the HTML stage rendered: its path, whether it was written, and what rendering it reported.</summary>
public sealed record RenderedPage(string Path, bool Written, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The HTML stage for one site model: each page of the site, the sitemap, robots.txt, styles and the
/// pictures pages show. Every method may be called from several threads; each thread renders with a
/// template context of its own.
/// </summary>
/// <param name="now">The build's moment: SOURCE_DATE_EPOCH, or the clock.</param>
/// <param name="rendered">Told each page written, with its HTML, on the thread that rendered it (for the link check).</param>
public sealed class HtmlStage(Site site, Routes routes, TemplateSet templates, string contentRoot, DateTimeOffset now,
    Action<Route, string>? rendered = null) : IDisposable
{
    public static readonly IReadOnlyList<string> Templates = [PageRenderer.Layout, "chooser.html", "language.html", "leaflet.html", "404.html"];

    private const string AssetsFolder = "assets";

    private readonly PageModels _models = new(site, routes);
    private readonly ArticleHtml _articleHtml = new(routes, contentRoot);
    private readonly ThreadLocal<PageRenderer> _renderers = new(() => new PageRenderer(templates, now));

    /// <param name="pdfs">What the PDF stage wrote for the article: the page offers each file with its size.</param>
    public RenderedPage WriteLeaflet(LeafletEntry leaflet, Article article, ArticlePdfs pdfs, IOutputFiles output)
    {
        var language = site.Languages.First(l => l.Code == article.LanguageCode);
        return Write("leaflet.html", routes.Leaflet(article), output,
            () => _models.Leaflet(leaflet, article, _articleHtml.Render(article), DownloadLinks.For(pdfs, language, site.Languages, routes)));
    }

    public RenderedPage WriteChooser(IOutputFiles output) => Write("chooser.html", routes.Chooser, output, _models.Chooser);

    public RenderedPage WriteLanguageIndex(Language language, IOutputFiles output) =>
        Write("language.html", routes.LanguageIndex(language.Code), output, () => _models.LanguageIndex(language));

    public RenderedPage WriteNotFound(IOutputFiles output) => Write("404.html", routes.NotFound, output, _models.NotFound);

    public void WriteSitemap(IOutputFiles output) => output.WriteText(routes.Sitemap, Sitemap.Write(site, routes));

    public void WriteRobots(IOutputFiles output) => output.WriteText(routes.Robots, Robots.Write(routes));

    /// <summary>A shared picture is published once, however many articles show it.</summary>
    public void CopyPictures(IOutputFiles output)
    {
        var pictures = site.Leaflets.SelectMany(l => l.Translations)
            .SelectMany(a => a.Pictures.Select(p => (Route: routes.Picture(p, a.LanguageCode), p.SourceFile)))
            .DistinctBy(p => p.Route.OutputPath, StringComparer.Ordinal);
        foreach (var (route, source) in pictures) output.CopyFile(route, source);
    }

    /// <summary>Hand-written styles and fonts live in templates/assets/ and are published as they are.</summary>
    public void CopyAssets(IOutputFiles output, DiagnosticBag diagnostics)
    {
        var source = Path.Combine(templates.Root, AssetsFolder);
        if (!Directory.Exists(source)) return;
        foreach (var file in AssetFiles(source, diagnostics))
        {
            var relative = Path.GetRelativePath(templates.Root, file).Replace(Path.DirectorySeparatorChar, '/');
            output.CopyFile(Route.File(relative), file);
        }
    }

    public void Dispose() => _renderers.Dispose();

    private RenderedPage Write(string template, Route route, IOutputFiles output, Func<PageModel> model)
    {
        var diagnostics = new DiagnosticBag();
        var html = _renderers.Value!.Render(template, model(), diagnostics);
        if (html is not null)
        {
            output.WriteText(route, html);
            rendered?.Invoke(route, html);
        }
        return new RenderedPage(route.OutputPath, html is not null, diagnostics.ToSortedList());
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
