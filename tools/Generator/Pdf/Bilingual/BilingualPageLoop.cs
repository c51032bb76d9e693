using Leaflet.Pdf.Layout;

namespace Leaflet.Pdf.Bilingual;

/// <summary>
/// Flows rows into two columns. Both parts of a row start at the same height, below the taller part
/// of the row before; a row that does not fit the rest of the page continues at the top of the next
/// page in both columns. A row is moved to the next page whole when either part would place nothing
/// here (a heading that would end the page, an end matter kept together), so its two starts stay level.
/// Within a part every rule of the one-language layout holds: the parts are the same elements.
/// </summary>
public static class BilingualPageLoop
{
    public static IReadOnlyList<IReadOnlyList<RowSlice>> Paginate(IReadOnlyList<BilingualRow> rows, double columnWidth, double height)
    {
        var pages = new List<IReadOnlyList<RowSlice>>();
        var page = new List<RowSlice>();
        double used = 0;
        var (row, starts) = (0, true);
        var (first, second) = Starts(rows, 0);
        while (row < rows.Count)
        {
            var current = rows[row];
            var top = used == 0 ? 0 : used + Math.Max(rows[row - 1].SpaceAfter, current.SpaceBefore);
            var space = new Space(columnWidth, height - top, AtPageTop: top == 0);
            var a = Plan(current.First, first, space);
            var b = Plan(current.Second, second, space);
            if (a.Kind == PlanKind.Wrap || b.Kind == PlanKind.Wrap || space.Height <= 0)
            {
                if (space.AtPageTop) throw new InvalidOperationException($"The layout made no progress on page {pages.Count + 1}: {a}, {b}.");
                pages.Add(page);
                (page, used) = ([], 0);
                continue;
            }
            page.Add(new RowSlice(row, first, second, top, starts));
            if (a.Kind == PlanKind.Full && b.Kind == PlanKind.Full)
            {
                used = top + Math.Max(a.Height, b.Height);
                (row, starts) = (row + 1, true);
                (first, second) = Starts(rows, row);
                continue;
            }
            if ((a.Kind == PlanKind.Partial && a.Next == first) || (b.Kind == PlanKind.Partial && b.Next == second))
                throw new InvalidOperationException($"The layout made no progress on page {pages.Count + 1}: {a}, {b}.");
            first = a.Kind == PlanKind.Full ? null : a.Next;
            second = b.Kind == PlanKind.Full ? null : b.Next;
            starts = false;
            pages.Add(page);
            (page, used) = ([], 0);
        }
        if (page.Count > 0) pages.Add(page);
        return pages;
    }

    private static (Cursor?, Cursor?) Starts(IReadOnlyList<BilingualRow> rows, int row) =>
        row < rows.Count ? (rows[row].First is null ? null : Cursor.Start, rows[row].Second is null ? null : Cursor.Start) : (null, null);

    private static SpacePlan Plan(IElement? element, Cursor? at, Space space) =>
        element is null || at is null ? SpacePlan.Full(0) : element.Measure(space, at);
}
