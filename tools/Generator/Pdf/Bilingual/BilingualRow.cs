using Leaflet.Pdf.Layout;

namespace Leaflet.Pdf.Bilingual;

/// <summary>
/// One section in both languages: the first language's part and the second's, either of which may
/// be missing where the translations' structures differ. Both parts start at the same height.
/// </summary>
/// <param name="OutlineLevel">The outline level of the section's entry (1 for the title); 0 for none.</param>
/// <param name="OutlineTitle">Both languages' headings, as the outline shows the section.</param>
public sealed record BilingualRow(IElement? First, IElement? Second, int OutlineLevel, string OutlineTitle)
{
    public IElement? this[int column] => column == 0 ? First : Second;

    public double SpaceBefore => Math.Max(First?.SpaceBefore ?? 0, Second?.SpaceBefore ?? 0);

    public double SpaceAfter => Math.Max(First?.SpaceAfter ?? 0, Second?.SpaceAfter ?? 0);
}

/// <summary>
/// Part of a row on one page: from where each column resumes (null when that column has nothing
/// left of the section), and the top, in points below the body's top edge, both parts start at.
/// </summary>
/// <param name="Starts">The row's first part: the section starts here.</param>
public sealed record RowSlice(int Row, Cursor? First, Cursor? Second, double Top, bool Starts)
{
    public Cursor? this[int column] => column == 0 ? First : Second;
}
