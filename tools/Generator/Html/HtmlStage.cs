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

    /// <summary>Hand-written styles and fonts live in assets/ (the site's own or the built-in ones) and are published as they are.</summary>
    public void CopyAssets(IOutputFiles output, DiagnosticBag diagnostics)
    {
        foreach (var file in templates.Source.Assets(diagnostics)) file.CopyTo(output, Route.File(file.Name));
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
}
