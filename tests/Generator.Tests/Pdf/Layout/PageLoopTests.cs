using Leaflet.Pdf.Model;
using static Leaflet.Tests.Pdf.Layout.TestLayout;

namespace Leaflet.Tests.Pdf.Layout;

/// <summary>
/// Page-by-page geometry on the 200 × 200 pt test page: body top 20, 10 lines of 15 pt,
/// the first baseline at 30.5 (20 + 2.5 half-leading + 8 ascent).
/// </summary>
public class PageLoopTests
{
    private static double Baseline(int line, double top = 20) => top + 10.5 + 15 * line;

    [Fact]
    public void A_paragraph_that_fits_sits_at_the_top_of_the_body_one_line_every_15_points()
    {
        var canvas = Render(Lines(3));

        Assert.Equal(1, canvas.Pages);
        Assert.Equal([Baseline(0), Baseline(1), Baseline(2)], Baselines(canvas, 1));
        Assert.All(canvas.On(1, "text").Where(t => t.Y < 170), t => Assert.Equal(20, t.X));
    }

    [Fact]
    public void A_heading_that_would_end_a_page_moves_to_the_next_page_with_its_text()
    {
        // 7 lines (105 pt); the heading would fit at 121, but then no two lines of the next paragraph would.
        var canvas = Render(Lines(7), new HeadingBlock(2, [new Run("Treatment")], 1), Lines(3, 'z'));

        Assert.Equal(2, canvas.Pages);
        Assert.DoesNotContain(canvas.On(1, "text"), t => t.Text.StartsWith("Treatment"));
        var heading = Assert.Single(canvas.On(2, "text"), t => t.Text.StartsWith("Treatment"));
        Assert.Equal(Baseline(0), heading.Y);
        // The paragraph follows 7.5 pt below the heading's line.
        Assert.Equal(Baseline(0, 20 + 15 + 7.5), canvas.On(2, "text").First(t => t.Text.StartsWith('z')).Y);
    }

    [Fact]
    public void A_paragraph_never_leaves_one_line_alone_at_the_bottom_of_a_page()
    {
        // After 8 lines and a 7.5 pt gap only one line would fit: the whole paragraph moves.
        var canvas = Render(Lines(8), Lines(4, 'z'));

        Assert.DoesNotContain(canvas.On(1, "text"), t => t.Text.StartsWith('z'));
        Assert.Equal(4, canvas.On(2, "text").Count(t => t.Text.StartsWith('z')));
        Assert.Equal(Baseline(0), canvas.On(2, "text").First().Y);
    }

    [Fact]
    public void A_paragraph_never_leaves_one_line_alone_at_the_top_of_a_page()
    {
        // After 5 lines, 4 lines would fit, leaving 1 of 5: 3 stay, 2 go.
        var canvas = Render(Lines(5), Lines(5, 'z'));

        Assert.Equal(3, canvas.On(1, "text").Count(t => t.Text.StartsWith('z')));
        Assert.Equal(2, canvas.On(2, "text").Count(t => t.Text.StartsWith('z')));
        Assert.Equal([Baseline(0), Baseline(1)], Baselines(canvas, 2));
    }

    [Fact]
    public void A_list_longer_than_a_page_continues_with_the_next_item_at_the_top()
    {
        var items = Enumerable.Range(1, 12).Select(i => new ListItemBlock([new ParagraphBlock([new Run($"item {i}")], 1)], 1)).ToList();
        var canvas = Render(new ListBlock(true, 1, items, 1));

        // Items are 15 pt lines 4 pt apart: 8 fit in 150 pt (8 × 15 + 7 × 4 = 148).
        Assert.Equal(2, canvas.Pages);
        var labels1 = canvas.On(1, "text").Where(t => t.Text.EndsWith(". ")).ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"{i}. "), labels1.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => Baseline(0) + 19 * i), labels1.Select(l => l.Y));
        var first2 = canvas.On(2, "text").First();
        Assert.Equal(("9. ", 20.0, Baseline(0)), (first2.Text, first2.X, first2.Y));
        // The hanging indent: the body starts past the widest label ("12.", 15 pt) and 0.6 em, the label at the margin.
        Assert.Equal(41, canvas.On(2, "text").First(t => t.Text.StartsWith("item")).X);
    }

    [Fact]
    public void A_short_list_item_is_not_split()
    {
        var item = new ListItemBlock([Lines(3, 'z', 27)], 1);
        var canvas = Render(Lines(8), new ListBlock(false, 1, [item], 1));

        Assert.Equal(2, canvas.Pages);
        Assert.Equal(["• "], canvas.On(2, "text").Where(t => t.X == 20 && t.Text == "• ").Select(t => t.Text));
        Assert.Equal(3, Baselines(canvas, 2).Length);
    }

    [Fact]
    public void A_picture_taller_than_the_space_left_moves_to_the_next_page()
    {
        // 6 lines end at 110; a 100 px picture is 75 pt tall and would end at 192.5, below the body's 170.
        var canvas = Render(Lines(6), new PictureBlock("dots.png", "Red dots on an arm", 100, 100, 1));

        Assert.Empty(canvas.On(1, "image"));
        var image = Assert.Single(canvas.On(2, "image"));
        Assert.Equal((20.0, 20.0, 75.0, 75.0), (image.X, image.Y, image.Width, image.Height));
    }

    [Fact]
    public void A_picture_taller_than_a_page_is_scaled_down_to_the_page()
    {
        var canvas = Render(new PictureBlock("tall.png", "A tall chart", 100, 400, 1));

        var image = Assert.Single(canvas.On(1, "image"));
        Assert.Equal((20.0, 20.0, 37.5, 150.0), (image.X, image.Y, image.Width, image.Height));
    }

    [Fact]
    public void A_callout_across_a_page_break_gets_a_complete_panel_on_each_page()
    {
        // After 6 lines (90) and a 9.75 pt gap, the panel starts at 119.75; with 8 pt padding 2 of its 8 lines fit.
        var canvas = Render(Lines(6), new CalloutBlock([Lines(8, 'z', 27)], 1));

        Assert.Equal(2, canvas.Pages);
        var panel1 = canvas.On(1, "decoration").First();
        Assert.Equal((20.0, 119.75, 160.0, 46.0), (panel1.X, panel1.Y, panel1.Width, panel1.Height));
        Assert.Equal(2, canvas.On(1, "text").Count(t => t.Text.StartsWith('z')));
        var panel2 = canvas.On(2, "decoration").First();
        Assert.Equal((20.0, 20.0, 160.0, 106.0), (panel2.X, panel2.Y, panel2.Width, panel2.Height));
        var lines2 = canvas.On(2, "text").Where(t => t.Text.StartsWith('z')).ToList();
        Assert.Equal(6, lines2.Count);
        // Text inset by the 4 pt bar and 8 pt padding; first line 8 pt below the panel's top.
        Assert.Equal((32.0, Baseline(0, 28)), (lines2[0].X, lines2[0].Y));
    }

    [Fact]
    public void Every_page_gets_the_footer_with_its_number_and_the_page_count()
    {
        var canvas = Render(Lines(10), Lines(10, 'z'), Lines(2, 'y'));

        Assert.Equal(3, canvas.Pages);
        Assert.Equal(["1/3", "2/3", "3/3"], canvas.Items.Where(i => i.Kind == "text" && i.Text.Contains('/')).Select(i => i.Text));
    }
}
