using Leaflet.Pdf.Layout;

namespace Leaflet.Pdf.Bilingual;

/// <summary>
/// The two-column A4 page: narrower margins and slightly smaller type than the one-language leaflet,
/// so that each column holds about 40 characters a line at 11 pt, and a gutter between the columns.
/// Each column is set with a <see cref="Typography"/> whose body is that column, so every element and
/// the footer lay out in it exactly as they do on a one-language page.
/// </summary>
public sealed record BilingualGeometry(Typography Page, double Gutter)
{
    public static BilingualGeometry A4 { get; } = new(new Typography
    {
        BodySize = 11, H1Size = 20, H2Size = 15, H3Size = 12.5, SubtitleSize = 12.5,
        MarginX = 42, MarginTop = 56, MarginBottom = 64,
    }, Gutter: 24);

    public double ColumnWidth => (Page.Body.Width - Gutter) / 2;

    public double ColumnX(int column) => Page.Body.X + column * (ColumnWidth + Gutter);

    /// <summary>The page's typography with the body narrowed to one column.</summary>
    public Typography Column(int column)
    {
        var x = ColumnX(column);
        return Page with { MarginX = x, PageWidth = 2 * x + ColumnWidth };
    }
}
