using Leaflet.Pdf.Layout;

namespace Leaflet.Tests.Pdf.Layout;

public sealed record Drawn(int Page, string Kind, string Text, double X, double Y, double Width = 0, double Height = 0);

/// <summary>Records what the layout engine draws, page by page, so tests can state positions and sizes.</summary>
public sealed class RecordingCanvas : ICanvas
{
    private readonly List<object> _open = [];
    private int _page;

    public List<Drawn> Items { get; } = [];
    public int Pages => _page;
    public IReadOnlyList<object> OpenTags => _open;

    public IEnumerable<Drawn> On(int page, string kind) => Items.Where(i => i.Page == page && i.Kind == kind);

    public void BeginPage(int number, int count) => _page = number;
    public void EndPage() { }

    public void BeginTag(Tag tag, object owner, string? altText = null, Rect? bounds = null, string? actualText = null)
    {
        if (!_open.Contains(owner)) _open.Add(owner);
        Items.Add(new Drawn(_page, "tag", tag.ToString(), 0, 0));
    }

    public void EndTag(object owner)
    {
        Assert.Same(_open[^1], owner);
        _open.RemoveAt(_open.Count - 1);
    }

    public void DrawGlyphRun(Leaflet.Pdf.Text.GlyphRun run, TextStyle style, double x, double baseline) =>
        Items.Add(new Drawn(_page, "text", run.Text, x, baseline, 0, style.Size));

    public void DrawLinkedGlyphRun(Leaflet.Pdf.Text.GlyphRun run, TextStyle style, double x, double baseline, Rect area, Uri target) =>
        Items.Add(new Drawn(_page, "link", run.Text, x, baseline, area.Width, area.Height));

    public void FillRectangle(Rect area, Rgb color, bool decorative) =>
        Items.Add(new Drawn(_page, decorative ? "decoration" : "fill", "", area.X, area.Y, area.Width, area.Height));

    public void Bookmark(int level, string title, double top) =>
        Items.Add(new Drawn(_page, "bookmark", title, level, top));

    public void DrawImage(string path, Rect area) =>
        Items.Add(new Drawn(_page, "image", path, area.X, area.Y, area.Width, area.Height));
}
