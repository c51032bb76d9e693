using System.Reflection;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// Writes operators into the content stream PDFsharp's XGraphics is building for a page, in order
/// with PDFsharp's own drawing. The only place that reaches into PDFsharp 6.2.4 beyond its public
/// API: before writing, it raises the document's "page graphics action" event as PDFsharp's own
/// DrawString does, so the structure builder opens the marked-content sequence (BDC with the next
/// MCID) of the open structure element; the event's arguments have internal setters, set here by
/// reflection. PDFsharp's public BeginGraphicMode ends its text object (its relative text
/// positions stay valid), and the operators go to the public ContentStringBuilder. They must keep
/// the graphics state balanced (q … Q) so PDFsharp's own idea of colour and font stays true.
/// </summary>
internal sealed class PdfSharpContent
{
    private readonly PropertyInfo _page = Setter(nameof(PageGraphicsEventArgs.Page));
    private readonly PropertyInfo _graphics = Setter(nameof(PageGraphicsEventArgs.Graphics));
    private readonly PropertyInfo _action = Setter(nameof(PageGraphicsEventArgs.ActionType));

    /// <summary>Readies the page's content stream for operators and returns it, to append them to at once.</summary>
    public StringBuilder Begin(PdfDocument document, PdfPage page, XGraphics graphics)
    {
        var drawing = new PageGraphicsEventArgs(document);
        _page.SetValue(drawing, page);
        _graphics.SetValue(drawing, graphics);
        _action.SetValue(drawing, PageGraphicsActionType.DrawString);
        // Out of PDFsharp's text object first, so the marked content begins (and PDFsharp later ends
        // it) between text objects; only a page's first one is begun inside a BT of PDFsharp's.
        PdfRendererExtensions.BeginGraphicMode(graphics);
        document.Events.OnPageGraphicsAction(graphics, drawing);
        PdfRendererExtensions.BeginGraphicMode(graphics);
        return graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("The graphics draws on no PDF content stream.");
    }

    /// <summary>Fails at once, naming the member, when a PDFsharp version no longer has it.</summary>
    private static PropertyInfo Setter(string name)
    {
        var property = typeof(PageGraphicsEventArgs).GetProperty(name, BindingFlags.Instance | BindingFlags.Public);
        if (property?.SetMethod is null)
            throw new MissingMemberException($"PDFsharp's {nameof(PageGraphicsEventArgs)}.{name} has no setter: glyph runs cannot be tagged (see docs/decisions/0050-glyph-runs-on-pdfsharp.md).");
        return property;
    }
}
