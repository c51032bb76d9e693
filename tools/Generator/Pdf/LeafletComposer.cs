using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;

namespace Leaflet.Pdf;

/// <summary>
/// Puts the whole leaflet in reading order: title and subtitle, the body, then — kept
/// together — the dates, the disclaimer and the QR code with the printed address.
/// </summary>
internal sealed class LeafletComposer(ElementFactory factory, Typography typography, GlyphFilter glyphs)
{
    public ColumnElement Compose(LeafletPdfRequest request, IReadOnlyList<Block> body)
    {
        var children = new List<IElement>(TitleBlock(request));
        children.AddRange(body.Select(b => factory.Element(b, 0)));
        children.Add(EndMatter(request));
        return new ColumnElement(children);
    }

    /// <summary>The title, and the subtitle when there is one.</summary>
    public IReadOnlyList<IElement> TitleBlock(LeafletPdfRequest request)
    {
        var children = new List<IElement>
        {
            factory.Heading(1, [new Run(glyphs.Filter(request.Title, FontStyle.Bold, 0))]),
        };
        if (!string.IsNullOrWhiteSpace(request.Subtitle))
        {
            var subtitle = factory.Paragraph(
                [new Run(glyphs.Filter(request.Subtitle, FontStyle.Regular, 0))], typography.SubtitleSize, Tag.P, typography.Muted);
            children.Add(subtitle);
        }
        return children;
    }

    /// <summary>The dates, the disclaimer and the QR code, kept together.</summary>
    public IElement EndMatter(LeafletPdfRequest request) => new KeepTogetherElement(Trailer(request));

    private ColumnElement Trailer(LeafletPdfRequest request)
    {
        var dates = new List<Run>();
        foreach (var (label, value) in request.Dates)
        {
            if (dates.Count > 0) dates.Add(new Run("\n"));
            dates.Add(new Run(glyphs.Filter(label + ": ", FontStyle.Bold, 0), Bold: true));
            dates.Add(new Run(glyphs.Filter(value, FontStyle.Regular, 0)));
        }
        var body = typography.BodySize;
        var url = request.PageUrl.AbsoluteUri;
        var address = factory.Address([new Run(url, Link: request.PageUrl)], body, typography.Text);
        // About 30 mm in the standard leaflet: large enough for any phone camera at reading distance.
        var qrSize = body * 7;
        var elements = new List<IElement>
        {
            new RuleElement(0.75, body, typography.Rule),
            factory.Paragraph(dates, body, Tag.P, typography.Text),
            factory.Paragraph([new Run(glyphs.Filter(request.Disclaimer, FontStyle.Regular, 0))], body, Tag.P, typography.Text),
            new QrElement(request.QrCode ?? QrMatrix.For(request.PageUrl), qrSize, body * 1.5, url, address, typography.Text)
            {
                SpaceBefore = body * 1.2, SpaceAfter = 0, Mirrored = request.RightToLeft,
            },
        };
        return new ColumnElement(elements) { Before = body * 2 };
    }
}
