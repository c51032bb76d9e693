using Leaflet.Pdf.Bilingual;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;
using Leaflet.Tests.Pdf.Layout;

namespace Leaflet.Tests.Pdf.Bilingual;

/// <summary>
/// The two-column page loop on the small test page (10 lines of 15 pt a page): rows start level,
/// the taller part decides where the next row starts, and a row too long for the page goes on in both columns.
/// </summary>
public class BilingualPageLoopTests
{
    private const double Height = 150;
    private const double Width = 160;

    private static BilingualRow Row(int left, int right, int level = 2) => new(
        TestLayout.Factory.Column([new HeadingBlock(level, [new Run("Heading")], 1), TestLayout.Lines(left)]),
        TestLayout.Factory.Column([new HeadingBlock(level, [new Run("Überschrift")], 1), TestLayout.Lines(right)]),
        level, "Heading · Überschrift");

    [Fact]
    public void The_next_row_starts_below_the_taller_part_of_the_row_before_in_both_columns()
    {
        var rows = new[] { Row(1, 3), Row(2, 1) };
        var pages = BilingualPageLoop.Paginate(rows, Width, Height);

        var page = Assert.Single(pages);
        Assert.Equal(0, page[0].Top);
        // Heading (15) + gap (7.5) + 3 lines (45) is the taller part; then the heading's 1.6 em before the next.
        Assert.Equal(15 + 7.5 + 45 + 16, page[1].Top, 3);
        Assert.All(page, s => Assert.True(s.Starts));
    }

    [Fact]
    public void A_row_longer_than_the_page_goes_on_at_the_top_of_the_next_page_in_both_columns()
    {
        var rows = new[] { Row(2, 2), Row(14, 3), Row(1, 1) };
        var pages = BilingualPageLoop.Paginate(rows, Width, Height);

        Assert.Equal(3, pages.Count);
        var goesOn = pages[1][0];
        Assert.Equal((1, 0.0, false), (goesOn.Row, goesOn.Top, goesOn.Starts));
        Assert.NotNull(goesOn.First);
        Assert.Null(goesOn.Second); // the short Russian part ended on the page before
        // 3 lines on the first page, 9 on the second (one alone would be a widow), the last 2 on the third.
        Assert.Equal((1, false), (pages[2][0].Row, pages[2][0].Starts));
        Assert.Equal((2, true), (pages[2][^1].Row, pages[2][^1].Starts));
    }

    [Fact]
    public void A_row_whose_heading_would_end_the_page_in_either_column_moves_whole_to_the_next_page()
    {
        // After 8 lines only one line is left: the heading fits, but nothing after it in either column.
        var rows = new[] { new BilingualRow(TestLayout.Factory.Column([TestLayout.Lines(8)]), TestLayout.Factory.Column([TestLayout.Lines(3)]), 0, ""), Row(1, 1) };
        var pages = BilingualPageLoop.Paginate(rows, Width, Height);

        Assert.Equal(2, pages.Count);
        Assert.Equal((1, 0.0, true), (pages[1][0].Row, pages[1][0].Top, pages[1][0].Starts));
    }

    [Fact]
    public void A_missing_part_leaves_its_column_empty_and_the_other_still_starts_level()
    {
        var rows = new[] { Row(1, 1), new BilingualRow(null, TestLayout.Factory.Column([TestLayout.Lines(2)]), 2, "Überschrift"), Row(1, 1) };
        var pages = BilingualPageLoop.Paginate(rows, Width, Height);

        var page = Assert.Single(pages);
        Assert.Null(page[1].First);
        Assert.True(page[2].Top > page[1].Top + 30 - 1e-6, $"{page[2].Top} after {page[1].Top}");
    }

    [Fact]
    public void Sections_pair_by_level_and_a_section_one_translation_lacks_stands_beside_nothing()
    {
        static IReadOnlyList<Section> Of(params int[] levels) =>
            [new Section(1, [], 1), .. levels.Select((l, i) => new Section(l, [new HeadingBlock(l, [new Run($"h{i}")], i + 2)], i + 2))];

        var aligned = Sections.Align(Of(2, 3, 3, 2, 2), Of(2, 3, 2, 2));
        Assert.Equal(
            ["1-1", "2-2", "3-3", "3-", "2-2", "2-2"],
            aligned.Select(p => $"{p.First?.Level}-{p.Second?.Level}"));
        Assert.All(Sections.Align(Of(2, 3), Of(2, 3)), p => Assert.Equal(p.First!.Line, p.Second!.Line));
    }
}
