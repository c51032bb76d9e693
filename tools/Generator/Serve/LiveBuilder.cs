using System.Diagnostics;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Pipeline;
using Leaflet.Routing;

namespace Leaflet.Serve;

/// <summary>
/// Builds the site into memory and keeps it up to date change by change: it reads what changed,
/// has the pipeline render the leaflets and pages that show it (making again only the PDFs whose
/// sources changed), checks the pages that changed and those linking to them, and publishes a new
/// snapshot only when nothing is in error.
/// Prints nothing; one rebuild at a time (the session's loop), while requests read <see cref="Current"/>.
/// </summary>
public sealed class LiveBuilder
{
    private const string Check = "check";
    private const string Pdf = "pdf";
    private const string Html = "html";
    private const string Io = "io";

    private readonly ServeOptions _options;
    private readonly SitePipeline _pipeline;
    private readonly DiagnosticStore _diagnostics = new();
    private readonly LiveModel _model;
    private readonly LivePdfs _pdfs = new();
    private readonly LiveFiles _files;
    private LiveLinkCheck? _links;
    private Uri? _linksBaseUrl;
    private volatile SiteFiles _current = SiteFiles.Empty;

    public LiveBuilder(ServeOptions options)
    {
        _options = options;
        _pipeline = new SitePipeline(new PipelineOptions
        {
            ContentRoot = options.ContentRoot, TemplatesRoot = options.TemplatesRoot, TemplatesRequired = options.TemplatesRequired, BaseUrl = options.BaseUrl, NoPdf = options.NoPdf,
            // A preview is for the people writing and reviewing: it shows drafts, each marked as one.
            Drafts = true,
        });
        _model = new LiveModel(options, _pipeline, _diagnostics);
        _files = new LiveFiles(options);
    }

    /// <summary>The last good build, with the problems of a later failed one if there was one.</summary>
    public SiteFiles Current => _current;

    public Site? Site => _model.Site;

    public LiveBuildReport Build(ChangePlan plan, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        LiveWork? work = null;
        (int Pages, int Pdfs, IReadOnlyList<string> Changed) made = (0, 0, []);
        var checkedPages = 0;
        try
        {
            work = Update(plan);
            if (work is not null && _model.Site is not null) made = Produce(work, cancel);
            checkedPages = LinkCheck(made.Changed, cancel);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An editor's save can remove a file between the watcher's event and the read; the next change reads everything.
            _model.Invalidate();
            _links = null;
            _diagnostics.Set(DiagnosticStore.Site, Io, [Diagnostic.Of(DiagnosticCodes.RebuildReadFailed, "leaflet", 0, 0, $"a file could not be read while rebuilding: {e.Message}")]);
        }
        var (pages, pdfs, everything) = (made.Pages, made.Pdfs, work?.Everything ?? true);

        var diagnostics = _diagnostics.All();
        var previous = _current;
        var published = !_diagnostics.HasErrors && _model.Site is not null;
        _current = published
            ? new SiteFiles(previous.Number + 1, _files.Snapshot(), []) { Warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList() }
            : previous.WithProblems(diagnostics);
        var shown = published ? LiveFiles.Difference(previous.Files, _current.Files) : [];
        return new LiveBuildReport(plan.Files, diagnostics, published, _current.Number, shown, pages, pdfs, checkedPages, everything, clock.Elapsed);
    }

    /// <summary>Brings the model up to date; null when it could not be made.</summary>
    private LiveWork? Update(ChangePlan plan)
    {
        if (plan.Full || _model.NeedsEverything) return _model.ReadAll();
        var work = LiveWork.Nothing;
        if (plan.Templates.Count > 0)
        {
            if (_model.ReadTemplates(plan.Templates) is not { } templates) return _model.ReadAll();
            work = work.With(templates.Pages, templates.Articles);
        }
        if (plan.Languages.Count > 0)
        {
            var languages = _model.ReadLanguages(plan.Languages);
            if (_model.NeedsEverything) return languages;
            work = work.With(languages.Pages, languages.Articles);
        }
        if (plan.Leaflets.Count > 0)
        {
            var leaflets = _model.ReadLeaflets(plan.Leaflets);
            work = work.With(leaflets.Pages, leaflets.Articles);
        }
        return work with { Assets = work.Assets || plan.Assets };
    }

    private (int Pages, int Pdfs, IReadOnlyList<string> Changed) Produce(LiveWork work, CancellationToken cancel)
    {
        var site = _model.Site!;
        var touched = work.Everything ? null : work.Articles.ToHashSet<Article>(ReferenceEqualityComparer.Instance);
        var scope = new RenderScope
        {
            Pages = work.Pages.Union(_files.ChangedIndexes(site, work.Everything)),
            Reuse = _pdfs.Reuse(site, touched),
            Sitemap = _files.SitemapChanged(site, work.Everything),
            Robots = work.Everything,
            Files = false,
        };
        var output = new MemoryOutput();
        // A preview shows the content as of now; only builds need SOURCE_DATE_EPOCH to be reproducible.
        using var render = _pipeline.BeginRender(site, _model.Templates!, output, DateTimeOffset.UtcNow);
        var rendered = _pipeline.Render(render, scope, cancel);
        var made = rendered.Leaflets.SelectMany(l => l.Made).ToList();
        _pdfs.Store(made);
        _pdfs.Keep(site);
        foreach (var leaflet in site.Leaflets.Where(l => touched is null || l.Translations.Any(touched.Contains)))
            _diagnostics.Set(DiagnosticStore.Leaflet(leaflet.Slug), Pdf, leaflet.Translations.SelectMany(_pdfs.DiagnosticsOf));
        var pages = rendered.Pages.ToList();
        foreach (var page in pages) _diagnostics.Set(DiagnosticStore.Page(page.Path), Html, page.Diagnostics);

        _files.WriteExtras(site, render.Routes, work, output);
        var expected = _files.Expected(site, render.Routes, _options.NoPdf ? [] : _pdfs.Files);
        var changed = _files.Merge(output.Files, expected);
        foreach (var gone in changed.Where(p => !expected.Contains(p))) _diagnostics.RemoveUnit(DiagnosticStore.Page(gone));
        return (pages.Count, made.Sum(a => a.Pdfs.Count + a.Bilingual.Count), changed);
    }

    /// <summary>
    /// Kept in step with every change, but its problems are reported only when nothing else is in
    /// error, as a build checks links only when everything else succeeded.
    /// </summary>
    private int LinkCheck(IReadOnlyList<string> changed, CancellationToken cancel)
    {
        if (_model.Site is not { } site) return 0;
        if (_links is null || _linksBaseUrl != site.Configuration.BaseUrl)
        {
            (_links, _linksBaseUrl) = (new LiveLinkCheck(site.Configuration.BaseUrl), site.Configuration.BaseUrl);
            changed = _files.All.Keys.ToList();
        }
        _diagnostics.Set(DiagnosticStore.Links, Check, []);
        var found = _links.Update(_files.All, changed, _options.NoPdf ? [] : _pdfs.Links, pages => Origins(site, pages), cancel);
        if (!_diagnostics.HasErrors) _diagnostics.Set(DiagnosticStore.Links, Check, found);
        return _links.LastWork.Checked;
    }

    private LinkOriginResolver Origins(Site site, IReadOnlyCollection<string> pages)
    {
        var routes = new Routes(site.Configuration);
        var leaflets = site.Leaflets.Where(l => l.Translations.Any(a => pages.Contains(routes.Leaflet(a).OutputPath))).ToList();
        return new LinkOrigins(site with { Leaflets = leaflets }, routes, new ArticleHtml(routes, _options.ContentRoot)).Find;
    }
}
