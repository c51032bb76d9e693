using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Routing;

namespace Leaflet.Serve;

/// <summary>
/// Renders chosen pages of the site with the build's own page models and templates, the same
/// pages HtmlStage writes (a test compares the two), each with its own diagnostics.
/// </summary>
public sealed class LivePages(Site site, Routes routes, TemplateSet templates, string contentRoot)
{
    private sealed record Job(string Template, Route Route, Func<PageModel> Model);

    /// <summary>A rendered page: its path, its HTML (null when the template failed) and what rendering it reported.</summary>
    public sealed record Rendered(string Path, string? Html, IReadOnlyList<Diagnostic> Diagnostics);

    public IReadOnlyList<Rendered> Render(PageSelection selection, LivePdfs pdfs, CancellationToken cancel)
    {
        var models = new PageModels(site, routes);
        var articleHtml = new ArticleHtml(routes, contentRoot);
        var languages = site.Languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var jobs = new List<Job>();
        if (selection.IncludesChooser) jobs.Add(new Job("chooser.html", routes.Chooser, models.Chooser));
        foreach (var language in site.Languages.Where(l => selection.IncludesIndex(l.Code)))
            jobs.Add(new Job("language.html", routes.LanguageIndex(language.Code), () => models.LanguageIndex(language)));
        foreach (var leaflet in site.Leaflets)
        {
            foreach (var article in leaflet.Translations.Where(a => selection.IncludesLeaflet(leaflet.Slug, a.LanguageCode)))
            {
                var language = languages[article.LanguageCode];
                jobs.Add(new Job("leaflet.html", routes.Leaflet(article),
                    () => models.Leaflet(leaflet, article, articleHtml.Render(article), pdfs.Downloads(article, language, routes))));
            }
        }
        if (selection.IncludesNotFound) jobs.Add(new Job("404.html", routes.NotFound, models.NotFound));

        var renderer = new PageRenderer(templates, DateTimeOffset.UtcNow);
        var rendered = new Rendered[jobs.Count];
        // A few pages render faster on this thread than the pool can be woken for them.
        var parallelism = jobs.Count > 16 ? Environment.ProcessorCount : 1;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancel }, i =>
        {
            var diagnostics = new DiagnosticBag();
            var html = renderer.Render(jobs[i].Template, jobs[i].Model(), diagnostics);
            rendered[i] = new Rendered(jobs[i].Route.OutputPath, html, diagnostics.ToSortedList());
        });
        return rendered;
    }

    /// <summary>Every page the site has now, whether or not this rebuild renders it.</summary>
    public IEnumerable<string> AllPaths()
    {
        yield return routes.Chooser.OutputPath;
        foreach (var language in site.Languages) yield return routes.LanguageIndex(language.Code).OutputPath;
        foreach (var article in site.Leaflets.SelectMany(l => l.Translations)) yield return routes.Leaflet(article).OutputPath;
        yield return routes.NotFound.OutputPath;
    }
}
