using Leaflet.Content;
using Leaflet.Diagnostics;
using Leaflet.Pdf.Fonts;
using Markdig.Syntax.Inlines;

namespace Leaflet.Pdf.Model;

/// <summary>
/// Turns a paragraph's inlines into runs with emphasis and resolved links. A picture inside
/// a paragraph becomes a block of its own, splitting the text around it.
/// </summary>
internal sealed class InlineBuilder(
    LeafletPdfRequest request, GlyphFilter glyphs, List<Diagnostic> diagnostics, List<Block> blocks, int line, bool bold = false)
{
    private readonly List<Run> _runs = [];
    private readonly SourceMap _source = request.Source;

    public void Add(ContainerInline? inline)
    {
        Walk(inline, bold, italic: false, link: null);
        Flush();
    }

    public IReadOnlyList<Run> Runs(ContainerInline? inline)
    {
        Walk(inline, bold, italic: false, link: null);
        return _runs.ToList();
    }

    private void Walk(ContainerInline? container, bool isBold, bool italic, Uri? link)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Text(literal.Content.ToString(), isBold, italic, link, literal);
                    break;
                case CodeInline code:
                    Text(code.Content, isBold, italic, link, code);
                    break;
                case HtmlEntityInline entity:
                    Text(entity.Transcoded.ToString(), isBold, italic, link, entity);
                    break;
                case LineBreakInline lineBreak:
                    _runs.Add(new Run(lineBreak.IsHard ? "\n" : " ", isBold, italic, link));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Walk(emphasis, isBold || strong, italic || !strong, link);
                    break;
                case LinkInline { IsImage: true } image:
                    Picture(image);
                    break;
                case LinkInline target:
                    Walk(target, isBold, italic, target.Url is { } url ? request.ResolveLink(url) : null);
                    break;
                case AutolinkInline auto:
                    Text(auto.Url, isBold, italic, request.ResolveLink(auto.IsEmail ? "mailto:" + auto.Url : auto.Url), auto);
                    break;
                case ContainerInline nested:
                    Walk(nested, isBold, italic, link);
                    break;
            }
        }
    }

    private void Text(string text, bool isBold, bool italic, Uri? link, Inline at)
    {
        var style = FontSet.StyleOf(isBold, italic);
        _runs.Add(new Run(glyphs.Filter(text, style, _source.Line(at), _source.Column(at)), isBold, italic, link));
    }

    private void Picture(LinkInline image)
    {
        Flush();
        var alt = string.Concat(image.FindDescendants<LiteralInline>().Select(l => l.Content.ToString()));
        var path = image.Url is { } url ? request.ResolveImage(url) : null;
        if (path is null || !File.Exists(path))
        {
            diagnostics.Add(_source.Report(DiagnosticCodes.PdfPictureNotFound, image, $"The picture '{image.Url}' was not found."));
            return;
        }
        var size = ImageHeader.Read(path);
        if (size is not { Width: > 0, Height: > 0 } pixels)
        {
            diagnostics.Add(_source.Report(DiagnosticCodes.PdfPictureFormat, image, $"The picture '{image.Url}' is not a PNG or JPEG file."));
            return;
        }
        if (string.IsNullOrWhiteSpace(alt))
        {
            diagnostics.Add(_source.Report(DiagnosticCodes.PictureWithoutText, image,
                $"The picture '{image.Url}' has no alternative text; the PDF treats it as decoration."));
        }
        var at = _source.Line(image);
        blocks.Add(new PictureBlock(path, glyphs.Filter(alt, FontStyle.Regular, at), pixels.Width, pixels.Height, at));
    }

    private void Flush()
    {
        if (_runs.Any(r => !string.IsNullOrWhiteSpace(r.Text)))
            blocks.Add(new ParagraphBlock(_runs.ToList(), line));
        _runs.Clear();
    }
}
