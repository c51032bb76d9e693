using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Rendering.GlyphRuns;
using Leaflet.Pdf.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Leaflet.Pdf.Rendering;

/// <summary>
/// Draws the layout engine's calls with PDFsharp, tagging as it goes through the UAManager.
/// Each page is drawn completely (its XGraphics disposed) before the next is added, which
/// the UAManager requires. Structure elements left open at a page's end stay open in
/// PDFsharp's structure builder and are resumed, not reopened, on the next page. Shaped glyph
/// runs, which PDFsharp cannot draw, are written as operators into the same content stream
/// (<see cref="PdfSharpContent"/>) with fonts embedded by <see cref="EmbedFonts"/>.
/// </summary>
internal sealed class PdfSharpCanvas(PdfDocument document, Typography typography) : ICanvas, IDisposable
{
    private readonly StructureBuilder _structure = UAManager.ForDocument(document).StructureBuilder;
    private readonly List<(object Owner, Tag Tag)> _open = [];
    private readonly Dictionary<Rgb, XSolidBrush> _brushes = [];
    private readonly Dictionary<string, XImage> _images = new(StringComparer.Ordinal);
    private readonly List<PdfLink> _links = [];
    private readonly List<PdfOutline> _outline = [];
    private readonly RunFonts _runFonts = new(document);
    private readonly PdfSharpContent _content = new();
    private readonly List<(PdfStructureElement Element, SectionPart Part)> _sections = [];
    private string? _language;
    private XGraphics? _graphics;
    private PdfPage? _currentPage;
    private int _resumed;
    private int _page;

    public IReadOnlyList<PdfLink> Links => _links;

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Drawing outside a page.");

    public void BeginPage(int number, int count)
    {
        var page = _currentPage = document.AddPage();
        page.Width = XUnit.FromPoint(typography.PageWidth);
        page.Height = XUnit.FromPoint(typography.PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _page = number;
        _resumed = 0;
    }

    public void EndPage()
    {
        _structure.EndMarkedContentsWithId();
        _graphics?.Dispose();
        _graphics = null;
    }

    public void BeginTag(Tag tag, object owner, string? altText = null, Rect? bounds = null, string? actualText = null)
    {
        if (_resumed < _open.Count)
        {
            if (!ReferenceEquals(_open[_resumed].Owner, owner))
                throw new InvalidOperationException($"Tag {tag} opened while {_open[_resumed].Tag} from the previous page is still open.");
            _resumed++;
            return;
        }
        switch (tag)
        {
            case Tag.Artifact: _structure.BeginArtifact(); break;
            case Tag.Div: _structure.BeginElement(PdfGroupingElementTag.Division); break;
            case Tag.Sect: _structure.BeginElement(PdfGroupingElementTag.Section); break;
            case Tag.Figure:
                var box = bounds ?? default;
                _structure.BeginElement(PdfIllustrationElementTag.Figure, altText ?? "", new XRect(box.X, box.Y, box.Width, box.Height));
                break;
            default: _structure.BeginElement(BlockTag(tag)); break;
        }
        // On the structure element, not in the content stream: poppler reorders a content-stream
        // /ActualText a second time, while tag-aware readers take the element's text from here.
        if (actualText is not null)
            _structure.CurrentStructureElement.Elements.SetValue("/ActualText", new PdfString(actualText, PdfStringEncoding.Unicode));
        if (tag != Tag.Artifact) Language();
        if (tag == Tag.Sect && owner is SectionPart part) _sections.Add((_structure.CurrentStructureElement, part));
        _open.Add((owner, tag));
        _resumed++;
    }

    public void EndTag(object owner)
    {
        if (_open.Count == 0 || !ReferenceEquals(_open[^1].Owner, owner))
            throw new InvalidOperationException("Tags must end in the reverse order they began.");
        _structure.End();
        _open.RemoveAt(_open.Count - 1);
        _resumed = Math.Min(_resumed, _open.Count);
    }

    public void DrawGlyphRun(GlyphRun run, TextStyle style, double x, double baseline)
    {
        if (run.Glyphs.IsEmpty) return;
        var page = _currentPage ?? throw new InvalidOperationException("Drawing outside a page.");
        var clusters = ClusterText.Of(run);
        var font = _runFonts.Use(run, clusters, page);
        var content = _content.Begin(document, page, Graphics);
        GlyphRunOperators.Write(content, run, clusters, font, style.Color, x, typography.PageHeight - baseline);
    }

    public void DrawLinkedGlyphRun(GlyphRun run, TextStyle style, double x, double baseline, Rect area, Uri target) =>
        Linked(run.Text, area, target, () => DrawGlyphRun(run, style, x, baseline));

    /// <summary>Writes the fonts of the glyph runs drawn; after the last page, before saving.</summary>
    public void EmbedFonts() => _runFonts.Embed();

    private void Linked(string text, Rect area, Uri target, Action draw)
    {
        var rectangle = new PdfRectangle(new XRect(area.X, typography.PageHeight - area.Bottom, area.Width, area.Height));
        var annotation = PdfLinkAnnotation.CreateWebLink(rectangle, target.AbsoluteUri);
        annotation.Elements.SetValue("/Border", new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0)));
        _structure.BeginElement(annotation, text.Trim());
        Language();
        draw();
        _structure.End();
        var link = new PdfLink(_page, target.AbsoluteUri);
        if (!_links.Contains(link)) _links.Add(link);
    }

    public void UseLanguage(string? language) => _language = language;

    private void Language()
    {
        if (_language is not null) _structure.SetLanguage(_language);
    }

    /// <summary>
    /// Puts the sections' parts in reading order among their parent's children: by section, then
    /// column, each column's parts in page order. Drawing goes page by page, so a section that runs
    /// over a page is drawn left, right, left, right; it is read left, left, right, right.
    /// </summary>
    public void OrderSections()
    {
        if (_sections.Count == 0) return;
        var parent = _sections[0].Element.Elements.GetDictionary("/P") ?? throw new InvalidOperationException("A section without a parent.");
        var kids = parent.Elements.GetArray("/K") ?? throw new InvalidOperationException("A section's parent without children.");
        // The element holding the sections speaks the first column's language, the document's.
        if (!parent.Elements.ContainsKey("/Lang")) parent.Elements.SetString("/Lang", _sections[0].Element.Elements.GetString("/Lang"));
        var order = new Dictionary<PdfObject, (int, int, int)>(ReferenceEqualityComparer.Instance);
        for (var drawn = 0; drawn < _sections.Count; drawn++)
            order[_sections[drawn].Element] = (_sections[drawn].Part.Section, _sections[drawn].Part.Column, drawn);
        var items = kids.Elements.Select((item, at) => (Item: item, Key: Key(item, order, at))).ToList();
        kids.Elements.Clear();
        foreach (var entry in items.OrderBy(i => i.Key)) kids.Elements.Add(entry.Item);
    }

    /// <summary>A section part's place in reading order; anything else (there is nothing else) keeps its place after them.</summary>
    private static (int, int, int) Key(PdfItem item, Dictionary<PdfObject, (int, int, int)> order, int at)
    {
        var target = item is PdfReference reference ? reference.Value : item as PdfObject;
        return target is not null && order.TryGetValue(target, out var key) ? key : (int.MaxValue, 0, at);
    }

    public void FillRectangle(Rect area, Rgb color, bool decorative)
    {
        var wrap = decorative && (_open.Count == 0 || _open[^1].Tag != Tag.Artifact);
        if (wrap) _structure.BeginArtifact();
        Graphics.DrawRectangle(Brush(color), area.X, area.Y, area.Width, area.Height);
        if (wrap) _structure.End();
    }

    public void DrawImage(string path, Rect area)
    {
        if (!_images.TryGetValue(path, out var image)) _images[path] = image = XImage.FromFile(path);
        Graphics.DrawImage(image, area.X, area.Y, area.Width, area.Height);
    }

    public void Bookmark(int level, string title, double top)
    {
        // A heading deeper than the one before it nests under it; a missing level nests under the nearest.
        while (_outline.Count >= level) _outline.RemoveAt(_outline.Count - 1);
        var parent = _outline.Count == 0 ? document.Outlines : _outline[^1].Outlines;
        var entry = parent.Add(title, _currentPage ?? throw new InvalidOperationException("Bookmark outside a page."), opened: true);
        entry.Top = top;
        entry.PageDestinationType = PdfPageDestinationType.Xyz;
        _outline.Add(entry);
    }

    private XSolidBrush Brush(Rgb color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
            _brushes[color] = brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
        return brush;
    }

    private static PdfBlockLevelElementTag BlockTag(Tag tag) => tag switch
    {
        Tag.H1 => PdfBlockLevelElementTag.Heading1,
        Tag.H2 => PdfBlockLevelElementTag.Heading2,
        Tag.H3 => PdfBlockLevelElementTag.Heading3,
        Tag.L => PdfBlockLevelElementTag.List,
        Tag.LI => PdfBlockLevelElementTag.ListItem,
        Tag.Lbl => PdfBlockLevelElementTag.Label,
        Tag.LBody => PdfBlockLevelElementTag.ListBody,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    public void Dispose()
    {
        _graphics?.Dispose();
        foreach (var image in _images.Values) image.Dispose();
    }
}
