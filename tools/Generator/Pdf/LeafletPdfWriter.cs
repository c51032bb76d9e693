using Leaflet.Diagnostics;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;
using Leaflet.Pdf.Rendering;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.Bidi;

namespace Leaflet.Pdf;

/// <summary>
/// Writes one leaflet as a tagged PDF. Thread-safe and reusable: it holds only its shaper
/// (the fonts and their caches come with each request and are thread-safe); every call builds
/// its own document, so build workers can share one writer.
/// </summary>
public sealed class LeafletPdfWriter
{
    private readonly IGlyphShaper _shaper = new HarfBuzzShaper();

    public LeafletPdfWriter() => FontResolverRegistration.EnsureRegistered();

    public LeafletPdfResult Write(LeafletPdfRequest request, Stream output)
    {
        var diagnostics = new List<Diagnostic>();
        var typography = Typography.For(request.Size);
        var measurer = new TextMeasurer(request.Fonts, _shaper, request.Language)
        {
            LineBreaking = request.LineBreaking,
            Direction = request.RightToLeft ? BaseDirection.RightToLeft : BaseDirection.LeftToRight,
        };
        var glyphs = new GlyphFilter(request.Fonts, request.SourcePath, diagnostics);
        var blocks = new BlockBuilder(request, glyphs, diagnostics).Build(request.Body);
        var body = new LeafletComposer(new ElementFactory(typography, measurer) { Digits = request.Digits }, typography, glyphs).Compose(request, blocks);
        var footer = new PageFooter(glyphs.Filter(request.Title, FontStyle.Regular, 0), request.PageLabelFormat, request.Culture, measurer, typography,
            request.FooterIdentity is { } identity ? glyphs.Filter(identity, FontStyle.Regular, 0) : null)
        {
            DraftBanner = request.DraftBanner is { } banner ? glyphs.Filter(banner, FontStyle.Bold, 0) : null,
            Digits = request.Digits,
        };

        var pages = PageLoop.Paginate(body, typography);
        var links = PdfFileWriter.Write(request, typography, output, canvas => PageLoop.Render(body, footer, pages, typography, canvas));
        return new LeafletPdfResult(diagnostics, pages.Count, links);
    }

    /// <summary>
    /// Two translations of one leaflet side by side on A4, <paramref name="first"/> in the left column,
    /// aligned section by section (standard print size; the requests' sizes are not used).
    /// </summary>
    public LeafletPdfResult WriteBilingual(LeafletPdfRequest first, LeafletPdfRequest second, Stream output) =>
        Bilingual.BilingualLeaflet.Write(first, second, _shaper, output);
}
