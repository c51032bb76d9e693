using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Routing;
using Leaflet.Validation;

namespace Leaflet.Pipeline;

/// <summary>
/// The stages of Leaflet and the one place that orders them: load, validate, render each leaflet
/// (its PDFs, then its pages, which show the PDFs' sizes), render the site-wide pages, check,
/// publish. Built once from the options and reused for every run, like a Markdig pipeline:
/// <c>build</c> runs it over every leaflet (<see cref="Build"/>), <c>serve</c> over the leaflets a
/// change touched, and the fuzzer as a build does. Thread-safe: it keeps only the PDF writer's font metrics.
/// </summary>
public sealed partial class SitePipeline(PipelineOptions options)
{
    private readonly LeafletPdfWriter? _pdfWriter = options.NoPdf ? null : new LeafletPdfWriter();

    public PipelineOptions Options => options;

    /// <returns>The templates, or null when they cannot be used (each problem is a diagnostic).</returns>
    public TemplateSet? LoadTemplates(DiagnosticBag diagnostics) =>
        TemplateSet.Load(new TemplateSource(options.TemplatesRoot), options.TemplatesRequired, HtmlStage.Templates, diagnostics);

    /// <param name="templates">Their element ids are the ids headings must avoid; null when the templates would not load.</param>
    /// <returns>The site model, or null when there is none to render.</returns>
    public Site? Load(TemplateSet? templates, DiagnosticBag diagnostics, CancellationToken cancel = default) =>
        SiteLoader.Load(options.ContentRoot, options.BaseUrl, templates?.ElementIds ?? new HashSet<string>(), diagnostics, cancel);

    /// <param name="today">The day review dates are judged against.</param>
    public void Validate(Site site, TemplateSet templates, DateOnly today, DiagnosticBag diagnostics, CancellationToken cancel = default) =>
        SiteValidator.Validate(site, templates, options.ContentRoot, today, !options.Drafts, diagnostics, cancel);

    /// <summary>Validation of one leaflet, for a run that read only that leaflet again.</summary>
    public void ValidateLeaflet(Site site, LeafletEntry leaflet, DateOnly today, DiagnosticBag diagnostics) =>
        SiteValidator.ValidateLeaflet(site, leaflet, options.ContentRoot, today, !options.Drafts, diagnostics);

    /// <summary>The templates' interface strings against every language, for a run that read templates or a language again.</summary>
    public void ValidateTemplates(Site site, TemplateSet templates, DiagnosticBag diagnostics) =>
        SiteValidator.ValidateTemplates(site, templates, diagnostics);

    /// <summary>
    /// The site a render publishes: the one place drafts are left out, unless the options ask for them.
    /// Every stage after it (PDFs, pages, indexes, switchers, alternates, sitemap, pictures, the check)
    /// sees only this site, so none of them needs to know what a draft is.
    /// </summary>
    public Site Published(Site site) => options.Drafts ? site : site.WithoutDrafts();

    /// <param name="site">The site as loaded; the render publishes <see cref="Published"/> of it.</param>
    /// <param name="now">The run's moment, which templates see as <c>date.now</c>.</param>
    /// <param name="scanned">Given each page as it is written, for the link check; null when the caller checks otherwise.</param>
    public SiteRender BeginRender(Site site, TemplateSet templates, IOutputFiles output, DateTimeOffset now, RenderedPages? scanned = null)
    {
        site = Published(site);
        var routes = new Routes(site.Configuration);
        var pdf = _pdfWriter is null ? null : new PdfStage(site, routes, options.ContentRoot, _pdfWriter);
        var html = new HtmlStage(site, routes, templates, options.ContentRoot, now, scanned is null ? null : scanned.Add);
        return new SiteRender(site, routes, pdf, html, output);
    }

    /// <summary>The site's pictures and styles, then every leaflet in scope side by side, then the site-wide pages.</summary>
    /// <param name="progress">Told each leaflet as it is done.</param>
    public RenderOutput Render(SiteRender render, RenderScope scope, CancellationToken cancel = default, IBuildProgress? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        // Pictures are copied while the content that named them was just read, before any PDF draws them.
        if (scope.Files) CopyFiles(render, diagnostics);
        var leaflets = render.Site.Leaflets;
        var outputs = new LeafletOutput[leaflets.Count];
        var parallel = new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Rendering everything keeps every core busy with leaflets; a partial render (an edit in serve)
        // reaches few leaflets, and makes each one's translations side by side instead.
        var sideBySide = !scope.Pages.All;
        Parallel.For(0, leaflets.Count, parallel, i =>
        {
            outputs[i] = RenderLeaflet(render, leaflets[i], scope, sideBySide, cancel);
            progress?.ItemDone();
        });
        var sitePages = RenderSitePages(render, scope, diagnostics, cancel);
        return new RenderOutput(outputs, sitePages, diagnostics.ToSortedList());
    }

    /// <summary>
    /// One leaflet in every language: first the PDFs of its translations (made, or reused when the
    /// scope offers them), then the pages the scope asks for, and every page of a leaflet whose PDFs
    /// were made again, since a page shows its PDFs' sizes.
    /// </summary>
    public LeafletOutput RenderLeaflet(SiteRender render, LeafletEntry leaflet, RenderScope scope, CancellationToken cancel = default) =>
        RenderLeaflet(render, leaflet, scope, sideBySide: true, cancel);

    private static LeafletOutput RenderLeaflet(SiteRender render, LeafletEntry leaflet, RenderScope scope, bool sideBySide, CancellationToken cancel)
    {
        void Each(int[] indexes, Action<int> work)
        {
            if (sideBySide && indexes.Length > 1) Parallel.ForEach(indexes, new ParallelOptions { CancellationToken = cancel }, work);
            else foreach (var i in indexes) work(i);
        }

        var translations = leaflet.Translations;
        var pdfs = translations.Select(a => render.Pdf is null ? ArticlePdfs.None(a) : scope.Reuse?.Invoke(a)).ToArray();
        var toMake = Enumerable.Range(0, translations.Count).Where(i => pdfs[i] is null).ToArray();
        Each(toMake, i => pdfs[i] = render.PdfTime.Measure(() => render.Pdf!.WriteArticle(translations[i], render.Output)));

        var shown = Enumerable.Range(0, translations.Count)
            .Where(i => toMake.Length > 0 || scope.Pages.IncludesLeaflet(leaflet.Slug, translations[i].LanguageCode))
            .ToArray();
        var pages = new RenderedPage[translations.Count];
        // A page offers its own PDFs and every bilingual PDF its translation is in, whichever article made it.
        var bilingual = pdfs.SelectMany(p => p!.Bilingual).ToList();
        Each(shown, i => pages[i] = render.HtmlTime.Measure(() =>
            render.Html.WriteLeaflet(leaflet, translations[i], pdfs[i]! with
            {
                Article = translations[i],
                Bilingual = bilingual.Where(b => b.Article.LanguageCode == translations[i].LanguageCode
                    || b.Second?.LanguageCode == translations[i].LanguageCode).ToList(),
            }, render.Output)));
        return new LeafletOutput(leaflet.Slug, pdfs!, toMake.Select(i => pdfs[i]!).ToList(), shown.Select(i => pages[i]).ToList());
    }

    /// <summary>The pictures the articles name and the stylesheet's assets.</summary>
    public void CopyFiles(SiteRender render, DiagnosticBag diagnostics)
    {
        render.Html.CopyPictures(render.Output);
        render.Html.CopyAssets(render.Output, diagnostics);
    }

    /// <summary>The language chooser, the language indexes, the 404 page, the sitemap and robots.txt, as the scope asks.</summary>
    public IReadOnlyList<RenderedPage> RenderSitePages(SiteRender render, RenderScope scope, DiagnosticBag diagnostics, CancellationToken cancel = default)
    {
        var (html, output, selection) = (render.Html, render.Output, scope.Pages);
        var jobs = new List<Func<RenderedPage>>();
        if (selection.IncludesChooser) jobs.Add(() => html.WriteChooser(output));
        foreach (var language in render.Site.Languages.Where(l => selection.IncludesIndex(l.Code)))
            jobs.Add(() => html.WriteLanguageIndex(language, output));
        if (selection.IncludesNotFound) jobs.Add(() => html.WriteNotFound(output));
        var pages = new RenderedPage[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { CancellationToken = cancel }, i => pages[i] = jobs[i]());

        if (scope.Sitemap) html.WriteSitemap(output);
        if (scope.Robots) html.WriteRobots(output);
        return pages;
    }

    /// <summary>Every page in the staging folder and every link the PDFs carry, against the files of this build.</summary>
    /// <param name="scanned">The pages scanned as they were written; any other page is read from the folder.</param>
    public void Check(SiteRender render, string stagingRoot, IReadOnlyList<WrittenPdf> pdfs, RenderedPages? scanned, DiagnosticBag diagnostics,
        CancellationToken cancel = default) =>
        CheckStage.Run(stagingRoot, render.Site, render.Routes, options.ContentRoot, pdfs, diagnostics, cancel, scanned);
}
