using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Routing;
using Leaflet.Tests.Support;
using Leaflet.Validation;

namespace Leaflet.Tests.Fuzz;

/// <summary>
/// The content and render stages, run in memory on one workspace as a build runs them: load,
/// validate, render the pages into a scratch staging folder and check their links, and write the
/// fuzzed article (or one in the fuzzed language) as a PDF into memory.
/// </summary>
public sealed class ContentPipeline : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly SiteWorkspace _workspace = SiteWorkspace.FromFixture("basic");
    private readonly TemplateSet _templates;
    private readonly LeafletPdfWriter _pdf = new();

    public ContentPipeline()
    {
        var diagnostics = new DiagnosticBag();
        _templates = TemplateSet.Load(Repository.Templates, HtmlStage.Templates, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
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
        var content = _workspace.ContentRoot;
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(content, null, _templates.ElementIds, diagnostics);
        if (site is null) return diagnostics.ToSortedList();
        SiteValidator.Validate(site, _templates, content, DateOnly.FromDateTime(Now.UtcDateTime), diagnostics);
        var routes = new Routes(site.Configuration);
        // A build stops here on an error; the fuzzer goes on, so the later stages also meet what
        // validation complains about (a script link, a missing article) and must not throw on it.
        var staging = _workspace.Temp.Combine($"staging-{fuzzCase.Index}");
        Directory.CreateDirectory(staging);
        try
        {
            new HtmlStage(site, routes, _templates, content, Now).Write(new StagingFolder(staging), _ => [], diagnostics, CancellationToken.None);
            CheckStage.Run(staging, site, routes, content, [], diagnostics, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }

        var articles = site.Leaflets.SelectMany(l => l.Translations).Where(a => a.LanguageCode == fuzzCase.Folder || fuzzCase.Folder.Length == 0);
        var article = articles.FirstOrDefault(a => a.Slug == "fuzzed") ?? articles.FirstOrDefault();
        if (article is not null)
        {
            var language = site.Languages.First(l => l.Code == article.LanguageCode);
            var size = fuzzCase.Index % 2 == 0 ? PrintSize.Standard : PrintSize.Large;
            using var pdf = new MemoryStream();
            diagnostics.AddRange(_pdf.Write(new PdfRequests(routes, site, content).For(article, language, size), pdf).Diagnostics);
        }
        return diagnostics.ToSortedList();
    }

    public void Dispose() => _workspace.Dispose();
}
