using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Build;

/// <summary>
/// The stages that write files: pages, each writing its article's PDFs first (the page shows their
/// sizes), then the link check over what was written. Everything goes into the staging folder; publishing is the caller's.
/// </summary>
internal sealed class StagedSite(Site site, TemplateSet templates, BuildOptions options, DateTimeOffset now)
{
    /// <returns>The number of HTML pages written.</returns>
    public int Write(StagingFolder staging, DiagnosticBag diagnostics, Action<BuildStage> reach, StageTimings timings, CancellationToken cancel)
    {
        var routes = new Routes(site.Configuration);
        reach(BuildStage.Pdf);
        // Each leaflet page has its PDFs written when it asks for their sizes: see PdfDownloads.
        var pdfStage = options.NoPdf ? null : new PdfStage(site, routes, options.ContentRoot);
        var pdfs = new PdfDownloads(pdfStage, staging, routes, site.Languages, diagnostics);
        reach(BuildStage.Html);
        using var rendered = new RenderedPages();
        var pages = new HtmlStage(site, routes, templates, options.ContentRoot, now)
            .Write(staging, pdfs.For, diagnostics, cancel, rendered.Add);
        // The staging folder held the site before last: the check must see this build's files only.
        staging.RemoveWhatThisBuildDidNotWrite();
        timings.End(options.NoPdf ? "html" : "pdf+html");
        reach(BuildStage.Check);
        // A page that failed to render would only add broken links to the errors already reported.
        if (!diagnostics.HasErrors)
            CheckStage.Run(staging.Root, site, routes, options.ContentRoot, pdfs.Written, diagnostics, cancel, rendered);
        timings.End("check");
        return pages;
    }
}
