using Leaflet.Diagnostics;
using Leaflet.Html;
using Leaflet.Pdf;

namespace Leaflet.Pipeline;

/// <summary>What rendering one leaflet wrote: each translation's PDFs (standard first) and its pages.</summary>
/// <param name="Made">The articles whose PDFs this render made, rather than reused.</param>
public sealed record LeafletOutput(string Slug, IReadOnlyList<ArticlePdfs> Pdfs, IReadOnlyList<ArticlePdfs> Made, IReadOnlyList<RenderedPage> Pages);

/// <summary>What one render wrote: every leaflet's output, then the site-wide pages.</summary>
/// <param name="Diagnostics">What the site-wide files reported besides their pages (a template folder's symbolic link).</param>
public sealed record RenderOutput(IReadOnlyList<LeafletOutput> Leaflets, IReadOnlyList<RenderedPage> SitePages, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<RenderedPage> Pages => Leaflets.SelectMany(l => l.Pages).Concat(SitePages);

    /// <summary>Every PDF the pages offer, in path order, for the link check.</summary>
    public IReadOnlyList<WrittenPdf> Pdfs => Leaflets.SelectMany(l => l.Pdfs).SelectMany(a => a.Pdfs.Concat(a.Bilingual))
        .OrderBy(p => p.Route.OutputPath, StringComparer.Ordinal).ToList();

    /// <summary>Everything the render reported: the PDFs it made, its pages, the site-wide files.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics =>
        Leaflets.SelectMany(l => l.Made).SelectMany(a => a.Diagnostics).Concat(Pages.SelectMany(p => p.Diagnostics)).Concat(Diagnostics);
}
