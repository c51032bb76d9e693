using System.Collections.Immutable;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Model;
using Leaflet.Pdf.Text;

namespace Leaflet.Tests.Pdf.Layout;

/// <summary>One glyph per UTF-16 character, each 0.5 em wide, so widths in tests are character counts × 5 at 10 pt.</summary>
public sealed class FixedWidthShaper : IGlyphShaper
{
    public ImmutableArray<ShapedGlyph> Shape(string text, TextItem item, string language) =>
        [.. text.Select((_, i) => new ShapedGlyph(0, i, item.Font.UnitsPerEm / 2, 0, 0))];
}

/// <summary>
/// A small page for geometry tests: body 160 × 150 pt at (20, 20), 10 pt text on 15 pt lines
/// (10 lines a page, 32 characters a line), paragraphs 7.5 pt apart.
/// </summary>
public static class TestLayout
{
    public static readonly Typography Typography = new()
    {
        BodySize = 10, H1Size = 10, H2Size = 10, H3Size = 10, SubtitleSize = 10,
        MarginX = 20, MarginTop = 20, MarginBottom = 30, PageWidth = 200, PageHeight = 200, LineHeightFactor = 1.5,
    };

    public static readonly TextMeasurer Measurer = new(FontChains.Default, new FixedWidthShaper(), "und") { Ascent = 0.8, Descent = 0.2 };
    public static readonly ElementFactory Factory = new(Typography, Measurer);

    /// <summary>
    /// A paragraph of exactly this many lines: each line one word and a space, 31 letters by
    /// default to fill the body's 32 characters; shorter to fill an indented column.
    /// </summary>
    public static ParagraphBlock Lines(int count, char letter = 'w', int letters = 31) =>
        new([new Run(string.Join(" ", Enumerable.Repeat(new string(letter, letters), count)))], 1);

    public static RecordingCanvas Render(params Block[] blocks) => Render(Factory.Column(blocks));

    public static RecordingCanvas Render(IElement body)
    {
        var canvas = new RecordingCanvas();
        var pages = PageLoop.Paginate(body, Typography);
        var footer = new PageFooter("Title", "{0}/{1}", System.Globalization.CultureInfo.InvariantCulture, Measurer, Typography);
        PageLoop.Render(body, footer, pages, Typography, canvas);
        Assert.Empty(canvas.OpenTags);
        return canvas;
    }

    /// <summary>Baselines of the body text on a page (the footer excluded).</summary>
    public static double[] Baselines(RecordingCanvas canvas, int page) =>
        canvas.Items.Where(i => i.Page == page && i.Kind is "text" or "link" && i.Y < 170)
            .Select(i => i.Y).Distinct().ToArray();
}
