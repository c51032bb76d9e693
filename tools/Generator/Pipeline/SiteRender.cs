using Leaflet.Content;
using Leaflet.Html;
using Leaflet.Output;
using Leaflet.Pdf;
using Leaflet.Routing;

namespace Leaflet.Pipeline;

/// <summary>
/// One site model being rendered into one output: the stages made for it by <see cref="SitePipeline.BeginRender"/>.
/// Several leaflets may be rendered side by side with it.
/// </summary>
public sealed class SiteRender : IDisposable
{
    internal SiteRender(Site site, Routes routes, PdfStage? pdf, HtmlStage html, IOutputFiles output)
    {
        (Site, Routes, Pdf, Html, Output) = (site, routes, pdf, html, output);
    }

    public Site Site { get; }

    public Routes Routes { get; }

    internal PdfStage? Pdf { get; }

    internal HtmlStage Html { get; }

    internal IOutputFiles Output { get; }

    internal WorkerTime PdfTime { get; } = new();

    internal WorkerTime HtmlTime { get; } = new();

    /// <summary>The time the workers spent writing PDFs and leaflet pages, each summed over the threads.</summary>
    public IReadOnlyList<StageTiming> WorkerTimings => [PdfTime.ToTiming("  pdf"), HtmlTime.ToTiming("  html")];

    public void Dispose() => Html.Dispose();
}
