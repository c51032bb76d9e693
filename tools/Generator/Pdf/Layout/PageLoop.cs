namespace Leaflet.Pdf.Layout;

/// <summary>
/// Flows the body into pages. The first pass only measures, to find where each page starts
/// (and so how many pages there are); the second draws each page completely, footer
/// included, before starting the next.
/// </summary>
public static class PageLoop
{
    public static IReadOnlyList<Cursor> Paginate(IElement body, Typography typography)
    {
        var area = typography.Body;
        var starts = new List<Cursor>();
        var at = Cursor.Start;
        while (true)
        {
            starts.Add(at);
            var plan = body.Measure(new Space(area.Width, area.Height, AtPageTop: true), at);
            if (plan.Kind == PlanKind.Full) return starts;
            if (plan.Kind == PlanKind.Wrap || plan.Next is null || plan.Next == at)
                throw new InvalidOperationException($"The layout made no progress on page {starts.Count}: {plan}.");
            at = plan.Next;
        }
    }

    public static void Render(IElement body, PageFooter footer, IReadOnlyList<Cursor> starts, Typography typography, ICanvas canvas)
    {
        var area = typography.Body;
        for (var page = 0; page < starts.Count; page++)
        {
            canvas.BeginPage(page + 1, starts.Count);
            body.Draw(canvas, new Point(area.X, area.Y), new Space(area.Width, area.Height, AtPageTop: true), starts[page]);
            footer.Draw(canvas, page + 1, starts.Count);
            canvas.EndPage();
        }
    }
}
