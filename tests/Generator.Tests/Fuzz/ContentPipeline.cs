using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Pipeline;
using Leaflet.Tests.Support;

namespace Leaflet.Tests.Fuzz;

/// <summary>
/// The build's own pipeline, run on one workspace as a build runs it: load, validate, render every
/// leaflet and the site-wide pages into a scratch staging folder, and check their links. To keep a
/// case quick, only the fuzzed article (or one in the fuzzed language) has its PDFs made.
/// </summary>
public sealed class ContentPipeline : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly SiteWorkspace _workspace = SiteWorkspace.FromFixture("basic");
    private readonly SitePipeline _pipeline;
    private readonly TemplateSet _templates;

    public ContentPipeline()
    {
        _pipeline = new SitePipeline(new PipelineOptions { ContentRoot = _workspace.ContentRoot, TemplatesRoot = Repository.Templates });
        var diagnostics = new DiagnosticBag();
        _templates = _pipeline.LoadTemplates(diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
    }

    /// <summary>Puts the case's file in place, runs the stages, and puts the original back.</summary>
    /// <returns>The diagnostics the stages reported.</returns>
    public IReadOnlyList<Diagnostic> Run(FuzzCase fuzzCase)
    {
        var path = Path.Combine(_workspace.ContentRoot, fuzzCase.RelativePath);
        var original = File.Exists(path) ? File.ReadAllBytes(path) : null;
        File.WriteAllBytes(path, fuzzCase.Bytes);
        try
        {
            return Stages(fuzzCase);
        }
        finally
        {
            if (original is null) File.Delete(path);
            else File.WriteAllBytes(path, original);
        }
    }

    private IReadOnlyList<Diagnostic> Stages(FuzzCase fuzzCase)
    {
        var diagnostics = new DiagnosticBag();
        var site = _pipeline.Load(_templates, diagnostics);
        if (site is null) return diagnostics.ToSortedList();
        _pipeline.Validate(site, _templates, DateOnly.FromDateTime(Now.UtcDateTime), diagnostics);
        // A build stops here on an error; the fuzzer goes on, so the later stages also meet what
        // validation complains about (a script link, a missing article) and must not throw on it.
        var articles = site.Leaflets.SelectMany(l => l.Translations).Where(a => a.LanguageCode == fuzzCase.Folder || fuzzCase.Folder.Length == 0);
        var fuzzed = articles.FirstOrDefault(a => a.Slug == "fuzzed") ?? articles.FirstOrDefault();
        var scope = new RenderScope { Reuse = a => ReferenceEquals(a, fuzzed) ? null : ArticlePdfs.None(a) };

        var staging = _workspace.Temp.Combine($"staging-{fuzzCase.Index}");
        Directory.CreateDirectory(staging);
        try
        {
            using var scanned = new RenderedPages();
            using var render = _pipeline.BeginRender(site, _templates, new StagingFolder(staging), Now, scanned);
            var output = _pipeline.Render(render, scope, CancellationToken.None);
            diagnostics.AddRange(output.AllDiagnostics);
            _pipeline.Check(render, staging, output.Pdfs, scanned, diagnostics);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
        return diagnostics.ToSortedList();
    }

    public void Dispose() => _workspace.Dispose();
}
