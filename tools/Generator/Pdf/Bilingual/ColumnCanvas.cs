using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Bilingual;

/// <summary>
/// The canvas one column draws a part of a section on. Everything goes to the page's canvas, except:
/// the column's headings make no outline entries of their own (the page loop makes one per section,
/// with both languages' titles) but are kept as where the column's headings were drawn; and every
/// structure element the part leaves open (a paragraph that continues on the next page) is ended when
/// the part is, since the other column's part comes next in the structure.
/// </summary>
internal sealed class ColumnCanvas(ICanvas page, int column) : ICanvas
{
    private readonly List<object> _open = [];
    private readonly List<HeadingPlacement> _headings = [];

    /// <summary>Where this column's headings were drawn, in drawing order.</summary>
    public IReadOnlyList<HeadingPlacement> Headings => _headings;

    /// <summary>The page and row being drawn, which the page loop sets before each part.</summary>
    public int Page { get; set; }

    public int Row { get; set; }

    public void BeginPage(int number, int count) => throw new InvalidOperationException("A column does not begin pages.");

    public void EndPage() => throw new InvalidOperationException("A column does not end pages.");

    public void BeginTag(Tag tag, object owner, string? altText = null, Rect? bounds = null, string? actualText = null)
    {
        page.BeginTag(tag, owner, altText, bounds, actualText);
        _open.Add(owner);
    }

    public void EndTag(object owner)
    {
        if (_open.Count == 0 || !ReferenceEquals(_open[^1], owner))
            throw new InvalidOperationException("Tags must end in the reverse order they began.");
        _open.RemoveAt(_open.Count - 1);
        page.EndTag(owner);
    }

    /// <summary>Ends what the part left open, innermost first.</summary>
    public void EndPart()
    {
        while (_open.Count > 0) EndTag(_open[^1]);
    }

    public void DrawGlyphRun(GlyphRun run, TextStyle style, double x, double baseline) => page.DrawGlyphRun(run, style, x, baseline);

    public void DrawLinkedGlyphRun(GlyphRun run, TextStyle style, double x, double baseline, Rect area, Uri target) =>
        page.DrawLinkedGlyphRun(run, style, x, baseline, area, target);

    public void FillRectangle(Rect area, Rgb color, bool decorative) => page.FillRectangle(area, color, decorative);

    public void DrawImage(string path, Rect area) => page.DrawImage(path, area);

    public void UseLanguage(string? language) => page.UseLanguage(language);

    public void Bookmark(int level, string title, double top) => _headings.Add(new HeadingPlacement(Page, Row, column, level, title, top));
}

/// <summary>Where a column drew a heading: the top of its first line, in points from the page's top edge.</summary>
/// <param name="Page">1-based.</param>
/// <param name="Row">The section, counted over both translations aligned: 0 is the title and introduction.</param>
/// <param name="Column">0 for the first language (left), 1 for the second.</param>
public sealed record HeadingPlacement(int Page, int Row, int Column, int Level, string Title, double Top);
