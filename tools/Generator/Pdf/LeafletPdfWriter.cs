using Leaflet.Diagnostics;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;
using Leaflet.Pdf.Rendering;

namespace Leaflet.Pdf;

/// <summary>
/// Writes one leaflet as a tagged PDF. Thread-safe and reusable: it holds only the immutable
/// font metrics; every call builds its own document, so build workers can share one writer.
/// </summary>
public sealed class LeafletPdfWriter
{
    private readonly FontSet _fonts;
    private readonly FontMeasurer _measurer;

    public LeafletPdfWriter()
    {
        _fonts = FontSet.Default;
        _measurer = new FontMeasurer(_fonts);
        FontResolverRegistration.EnsureRegistered();
    }

    public LeafletPdfResult Write(LeafletPdfRequest request, Stream output)
    {
        var diagnostics = new List<Diagnostic>();
        var typography = Typography.For(request.Size);
        var glyphs = new GlyphFilter(_fonts, request.SourcePath, diagnostics);
        var blocks = new BlockBuilder(request, glyphs, diagnostics).Build(request.Body);
        var body = new LeafletComposer(new ElementFactory(typography, _measurer), typography, glyphs).Compose(request, blocks);
        var footer = new PageFooter(glyphs.Filter(request.Title, FontStyle.Regular, 0), request.PageLabelFormat, request.Culture, _measurer, typography,
            request.FooterIdentity is { } identity ? glyphs.Filter(identity, FontStyle.Regular, 0) : null);

        var pages = PageLoop.Paginate(body, typography);
        var links = PdfFileWriter.Write(request, typography, output, canvas => PageLoop.Render(body, footer, pages, typography, canvas));
        return new LeafletPdfResult(diagnostics, pages.Count, links);
    }
}
