using System.Diagnostics;
using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Routing;
using Leaflet.Validation;

namespace Leaflet.Build;

/// <summary>
/// Runs the stages in order: content, validation, PDF, HTML, link check, then the swap into output/. It prints
/// nothing: the command line decides what the user sees.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var guard = OutputGuard.Check(options.OutputRoot, [options.ContentRoot, options.TemplatesRoot]);
        if (guard is not null) return Failed(diagnostics, guard, clock);
        var publisher = new AtomicPublisher(new OutputLocation(options.OutputRoot));
        publisher.Recover();
        timings.End("recover");

        var templates = TemplateSet.Load(options.TemplatesRoot, HtmlStage.Templates, diagnostics);
        timings.End("templates");
        var site = SiteLoader.Load(options.ContentRoot, options.BaseUrl, templates?.ElementIds ?? new HashSet<string>(), diagnostics);
        timings.End("load");
        if (site is not null && templates is not null)
            SiteValidator.Validate(site, templates, options.ContentRoot, ReviewDates.Today(), diagnostics);
        timings.End("validate");
        if (site is null || templates is null || Stops(diagnostics, options))
            return Result(diagnostics, site, 0, clock, published: false, timings);

        var staging = new StagingFolder(publisher.BeginStaging());
        try
        {
            var routes = new Routes(site.Configuration);
            // Each leaflet page has its PDFs written when it asks for their sizes: see PdfDownloads.
            var pdfStage = options.NoPdf ? null : new PdfStage(site, routes, options.ContentRoot);
            var pdfs = new PdfDownloads(pdfStage, staging, routes, site.Languages, diagnostics);
            using var rendered = new RenderedPages();
            var pages = new HtmlStage(site, routes, templates, options.ContentRoot).Write(staging, pdfs.For, diagnostics, cancel, rendered.Add);
            timings.End(options.NoPdf ? "html" : "pdf+html");
            if (!diagnostics.HasErrors)
                CheckStage.Run(staging.Root, site, routes, options.ContentRoot, pdfs.Written, diagnostics, cancel, rendered);
            timings.End("check");
            if (Stops(diagnostics, options))
            {
                publisher.Discard();
                return Result(diagnostics, site, pages, clock, published: false, timings);
            }
            cancel.ThrowIfCancellationRequested();
            publisher.Publish();
            timings.End("publish");
            return Result(diagnostics, site, pages, clock, published: true, timings);
        }
        catch
        {
            publisher.Discard();
            throw;
        }
    }

    private static bool Stops(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private static BuildResult Failed(DiagnosticBag diagnostics, Diagnostic diagnostic, Stopwatch clock)
    {
        diagnostics.Add(diagnostic);
        return Result(diagnostics, null, 0, clock, published: false);
    }

    private static BuildResult Result(DiagnosticBag diagnostics, Site? site, int pages, Stopwatch clock, bool published, StageTimings? timings = null) =>
        new(diagnostics.ToSortedList(), site?.Languages.Count ?? 0, site?.Leaflets.Count ?? 0, pages, clock.Elapsed, published)
        {
            Timings = timings?.ToList() ?? [],
        };
}
