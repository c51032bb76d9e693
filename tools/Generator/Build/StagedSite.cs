using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Links;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Build;

/// <summary>
/// The stages that write files: PDFs, then pages (which show the PDFs' sizes), then the link check
/// over what was written. Everything goes into the staging folder; publishing is the caller's.
/// </summary>
internal sealed class StagedSite(Site site, TemplateSet templates, BuildOptions options, DateTimeOffset now)
{
    /// <returns>The number of HTML pages written.</returns>
    public int Write(StagingFolder staging, DiagnosticBag diagnostics, Action<BuildStage> reach, CancellationToken cancel)
    {
        var routes = new Routes(site.Configuration);
        reach(BuildStage.Pdf);
        var pdfs = options.NoPdf ? [] : new PdfStage(site, routes, options.ContentRoot).Write(staging, diagnostics, cancel);
        reach(BuildStage.Html);
        var languages = site.Languages.ToDictionary(l => l.Code);
        var pages = new HtmlStage(site, routes, templates, options.ContentRoot, now)
            .Write(staging, a => PdfStage.Downloads(pdfs, a, languages[a.LanguageCode], routes), diagnostics, cancel);
        reach(BuildStage.Check);
        // A page that failed to render would only add broken links to the errors already reported.
        if (!diagnostics.HasErrors)
            CheckStage.Run(staging.Root, site, routes, options.ContentRoot, pdfs, diagnostics, cancel);
        return pages;
    }
}
