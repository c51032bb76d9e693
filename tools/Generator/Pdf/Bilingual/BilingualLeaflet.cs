using Leaflet.Diagnostics;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Rendering;
using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Bilingual;

/// <summary>
/// Writes two translations of one leaflet side by side: the first language in the left column, the
/// second in the right, section by section (<see cref="BilingualPageLoop"/>). The structure tree reads
/// section by section, first language then second, every element carrying its language; the outline has
/// one entry per section with both headings; each column has its own footer in its own language.
/// </summary>
internal static class BilingualLeaflet
{
    private const string Separator = " · ";

    public static LeafletPdfResult Write(LeafletPdfRequest first, LeafletPdfRequest second, IGlyphShaper shaper, Stream output)
    {
        var geometry = BilingualGeometry.A4;
        var diagnostics = new List<Diagnostic>();
        BilingualColumn[] columns =
        [
            new(first, geometry.Column(0), shaper, diagnostics),
            new(second, geometry.Column(1), shaper, diagnostics),
        ];
        var aligned = Sections.Align(columns[0].Sections, columns[1].Sections);
        if (Differ(columns, aligned) is { } differ) diagnostics.Add(differ);
        var rows = Rows(columns, aligned);

        var body = geometry.Page.Body;
        var pages = BilingualPageLoop.Paginate(rows, geometry.ColumnWidth, body.Height);
        ColumnCanvas[] canvases = [];
        var links = PdfFileWriter.Write(Metadata(first, second), geometry.Page, output, canvas =>
        {
            canvases = [new ColumnCanvas(canvas, 0), new ColumnCanvas(canvas, 1)];
            Render(rows, pages, columns, canvases, geometry, canvas);
        });
        return new LeafletPdfResult(diagnostics, pages.Count, links)
        {
            Headings = canvases.SelectMany(c => c.Headings).OrderBy(h => h.Page).ThenBy(h => h.Top).ThenBy(h => h.Column).ToList(),
        };
    }

    private static List<BilingualRow> Rows(BilingualColumn[] columns, IReadOnlyList<(Section? First, Section? Second)> aligned)
    {
        var (first, second) = (columns[0].Request, columns[1].Request);
        var rows = new List<BilingualRow>
        {
            new(columns[0].Opening(aligned[0].First!), columns[1].Opening(aligned[0].Second!), 1, first.Title.Trim() + Separator + second.Title.Trim()),
        };
        foreach (var (a, b) in aligned.Skip(1))
        {
            var title = string.Join(Separator, new[] { a?.Heading, b?.Heading }.Where(h => !string.IsNullOrEmpty(h)));
            rows.Add(new BilingualRow(columns[0].Body(a), columns[1].Body(b), (a ?? b)!.Level, title));
        }
        rows.Add(new BilingualRow(columns[0].EndMatter(), columns[1].EndMatter(), 0, ""));
        return rows;
    }

    private static void Render(IReadOnlyList<BilingualRow> rows, IReadOnlyList<IReadOnlyList<RowSlice>> pages, BilingualColumn[] columns,
        ColumnCanvas[] canvases, BilingualGeometry geometry, ICanvas canvas)
    {
        var body = geometry.Page.Body;
        for (var page = 0; page < pages.Count; page++)
        {
            canvas.BeginPage(page + 1, pages.Count);
            double bottom = 0;
            foreach (var slice in pages[page])
            {
                var row = rows[slice.Row];
                if (slice.Starts && row.OutlineLevel > 0) canvas.Bookmark(row.OutlineLevel, row.OutlineTitle, body.Y + slice.Top);
                for (var column = 0; column < 2; column++)
                {
                    if (row[column] is not { } element || slice[column] is not { } at) continue;
                    var space = new Space(geometry.ColumnWidth, body.Height - slice.Top, AtPageTop: slice.Top == 0);
                    bottom = Math.Max(bottom, slice.Top + element.Measure(space, at).Height);
                    var part = new SectionPart(slice.Row, column);
                    canvas.UseLanguage(columns[column].Request.Language);
                    canvas.BeginTag(Tag.Sect, part);
                    (canvases[column].Page, canvases[column].Row) = (page + 1, slice.Row);
                    element.Draw(canvases[column], new Point(geometry.ColumnX(column), body.Y + slice.Top), space, at);
                    canvases[column].EndPart();
                    canvas.EndTag(part);
                }
            }
            canvas.UseLanguage(null);
            // A hairline between the columns, as long as the page's text.
            var x = geometry.ColumnX(1) - geometry.Gutter / 2;
            canvas.FillRectangle(new Rect(x - 0.25, body.Y, 0.5, bottom), geometry.Page.Rule, decorative: true);
            foreach (var column in columns) column.Footer.Draw(canvas, page + 1, pages.Count);
            canvas.EndPage();
        }
    }

    /// <summary>The document's own metadata: both titles and descriptions, the first language as the document's.</summary>
    private static LeafletPdfRequest Metadata(LeafletPdfRequest first, LeafletPdfRequest second) => first with
    {
        Title = first.Title.Trim() + Separator + second.Title.Trim(),
        Description = first.Description.Trim() + Separator + second.Description.Trim(),
        Keywords = first.Keywords.Concat(second.Keywords).Distinct(StringComparer.Ordinal).ToList(),
        Modified = first.Modified > second.Modified ? first.Modified : second.Modified,
    };

    /// <summary>LF4010 when a section of either translation stands beside nothing, at the first such section.</summary>
    private static Diagnostic? Differ(BilingualColumn[] columns, IReadOnlyList<(Section? First, Section? Second)> aligned)
    {
        var unshared = aligned.FirstOrDefault(p => p.First is null || p.Second is null);
        if (unshared == default) return null;
        var (first, second) = (columns[0].Request.SourcePath, columns[1].Request.SourcePath);
        var (file, line) = unshared.First is { } alone ? (first, alone.Line) : (second, unshared.Second!.Line);
        var shared = aligned.Count(p => p.First is not null && p.Second is not null);
        return Diagnostic.Of(DiagnosticCodes.BilingualSectionsDiffer, file, line, 1,
            $"the sections of {first} and {second} differ ({columns[0].Sections.Count} and {columns[1].Sections.Count}); "
            + $"the bilingual PDF aligns the {shared} they share and sets this one beside an empty column");
    }
}
