namespace Leaflet.Pdf.Layout;

/// <summary>
/// Where an element resumes on the next page: a paragraph's first line not yet drawn, or a
/// container's child and that child's own cursor. Elements keep no paging state; the page
/// loop carries this explicitly from page to page.
/// </summary>
public sealed record Cursor(int Index, Cursor? Inner = null)
{
    public static readonly Cursor Start = new(0);

    public bool IsStart => Index == 0 && (Inner is null || Inner.IsStart);

    public Cursor InnerOrStart => Inner ?? Start;

    public override string ToString() => Inner is null ? $"{Index}" : $"{Index}/{Inner}";
}
