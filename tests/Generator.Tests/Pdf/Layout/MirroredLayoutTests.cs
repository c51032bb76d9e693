using System.Globalization;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;
using Leaflet.Pdf.Text.Bidi;

namespace Leaflet.Tests.Pdf.Layout;

/// <summary>
/// One layout for both directions: what sits at the start edge (list labels, the callout bar, the
/// footer's title, the QR code) is on the left for a left-to-right language and on the right for a
/// right-to-left one. The test body is 160 pt wide from x = 20; characters are 5 pt wide.
/// </summary>
public class MirroredLayoutTests
{
    private static TextMeasurer Measurer(bool rightToLeft) =>
        new(FontChains.Default, new FixedWidthShaper(), "und")
        {
            Ascent = 0.8, Descent = 0.2, Direction = rightToLeft ? BaseDirection.RightToLeft : BaseDirection.LeftToRight,
        };

    private static RecordingCanvas Render(bool rightToLeft, params Block[] blocks)
    {
        var measurer = Measurer(rightToLeft);
        var body = new ElementFactory(TestLayout.Typography, measurer).Column(blocks);
        var canvas = new RecordingCanvas();
        var pages = PageLoop.Paginate(body, TestLayout.Typography);
        var footer = new PageFooter("אבג", "{0}/{1}", CultureInfo.InvariantCulture, measurer, TestLayout.Typography);
        PageLoop.Render(body, footer, pages, TestLayout.Typography, canvas);
        return canvas;
    }

    [Theory]
    [InlineData(false, 20.0)]
    [InlineData(true, 180 - 5.0)] // "1. " read from the right: the digit at the margin, ". " to its left
    public void A_list_label_sits_at_the_start_edge(bool rightToLeft, double labelX)
    {
        var list = new ListBlock(true, 1, [new ListItemBlock([new ParagraphBlock([new Run("אבג")], 1)], 1)], 1);

        var canvas = Render(rightToLeft, list);

        var label = canvas.Items.First(i => i.Kind == "text" && i.Text.StartsWith('1'));
        Assert.Equal(labelX, label.X, 6);
        var text = canvas.Items.First(i => i.Kind == "text" && i.Text.StartsWith('א'));
        // The item's text ends at the right margin when right to left, starts after the indent when left to right.
        if (rightToLeft) Assert.True(text.X + 15 <= label.X - 10, $"text at {text.X} overlaps the label at {label.X}");
        else Assert.True(text.X > label.X + 10);
    }

    [Theory]
    [InlineData(false, 20.0)]
    [InlineData(true, 176.0)]
    public void The_callout_bar_is_at_the_start_edge(bool rightToLeft, double barX)
    {
        var canvas = Render(rightToLeft, new CalloutBlock([new ParagraphBlock([new Run("אבג")], 1)], 1));

        var decorations = canvas.On(1, "decoration").ToList();
        Assert.Equal(20, decorations[0].X); // the panel spans the column
        Assert.Equal(barX, decorations[1].X, 6);
        Assert.Equal(4, decorations[1].Width);
    }

    [Theory]
    [InlineData(false, 20.0, 180.0 - 15)]
    [InlineData(true, 180.0 - 15, 20.0)]
    public void The_footer_puts_the_title_at_the_start_edge_and_the_page_label_at_the_end(bool rightToLeft, double titleX, double labelX)
    {
        var canvas = Render(rightToLeft, new ParagraphBlock([new Run("אבג")], 1));

        var footer = canvas.On(1, "text").Where(i => i.Y > 170).ToList();
        Assert.Equal(titleX, footer.Single(i => i.Text == "אבג").X, 6);
        Assert.Equal(labelX, footer.Single(i => i.Text == "1/1").X, 6);
    }
}
