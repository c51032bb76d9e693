using Leaflet.Diagnostics;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.Bidi;

namespace Leaflet.Pdf.Bilingual;

/// <summary>
/// One language's column of a bilingual leaflet: its request set in its own fonts, line breaking and
/// direction, at the column's width, cut into sections, with its own footer under the column.
/// </summary>
internal sealed class BilingualColumn
{
    private readonly LeafletComposer _composer;
    private readonly ElementFactory _factory;

    public BilingualColumn(LeafletPdfRequest request, Typography typography, IGlyphShaper shaper, List<Diagnostic> diagnostics)
    {
        Request = request;
        var measurer = new TextMeasurer(request.Fonts, shaper, request.Language)
        {
            LineBreaking = request.LineBreaking,
            Direction = request.RightToLeft ? BaseDirection.RightToLeft : BaseDirection.LeftToRight,
        };
        var glyphs = new GlyphFilter(request.Fonts, request.SourcePath, diagnostics);
        _factory = new ElementFactory(typography, measurer) { Digits = request.Digits };
        _composer = new LeafletComposer(_factory, typography, glyphs);
        Sections = Bilingual.Sections.Of(new BlockBuilder(request, glyphs, diagnostics).Build(request.Body));
        Footer = new PageFooter(glyphs.Filter(request.Title, FontStyle.Regular, 0), request.PageLabelFormat, request.Culture, measurer, typography,
            request.FooterIdentity is { } identity ? glyphs.Filter(identity, FontStyle.Regular, 0) : null)
        {
            DraftBanner = request.DraftBanner is { } banner ? glyphs.Filter(banner, FontStyle.Bold, 0) : null,
            // Half a page wide, the line still holds the code, version and review date whole (7.5 pt).
            IdentityScale = 0.68,
            Digits = request.Digits,
        };
    }

    public LeafletPdfRequest Request { get; }

    public IReadOnlyList<Section> Sections { get; }

    public PageFooter Footer { get; }

    /// <summary>The title block and the introduction: the first row.</summary>
    public IElement Opening(Section introduction) =>
        new ColumnElement([.. _composer.TitleBlock(Request), .. introduction.Blocks.Select(b => _factory.Element(b, 0))]);

    public IElement? Body(Section? section) => section is null ? null : _factory.Column(section.Blocks);

    public IElement EndMatter() => _composer.EndMatter(Request);
}
