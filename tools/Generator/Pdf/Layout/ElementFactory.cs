using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Model;
using Leaflet.Pdf.Text.Bidi;

namespace Leaflet.Pdf.Layout;

/// <summary>Gives each block of the model its element, sizes and spacing for one print size.</summary>
public sealed class ElementFactory(Typography typography, TextMeasurer measurer)
{
    private double Body => typography.BodySize;

    /// <summary>The digits of an ordered list's numbers, as the web page's list counts in them.</summary>
    public Content.Digits Digits { get; init; } = Content.Digits.Latin;

    public ColumnElement Column(IEnumerable<Block> blocks, int depth = 0) =>
        new(blocks.Select(b => Element(b, depth)).ToList());

    public IElement Element(Block block, int depth) => block switch
    {
        HeadingBlock h => Heading(h.Level, h.Runs),
        ParagraphBlock p => Paragraph(p.Runs, Body, Tag.P, typography.Text),
        ListBlock l => List(l, depth),
        CalloutBlock c => new CalloutElement(Column(c.Blocks, depth), Body * 0.8, 4, typography)
        {
            SpaceBefore = typography.ParagraphGap * 1.3, SpaceAfter = typography.ParagraphGap * 1.3, Mirrored = measurer.RightToLeft,
        },
        PictureBlock p => new PictureElement(p.FilePath, p.AltText, p.PixelWidth, p.PixelHeight, typography.Body.Height)
        {
            SpaceBefore = typography.ParagraphGap, SpaceAfter = typography.ParagraphGap,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name),
    };

    public ParagraphElement Heading(int level, IReadOnlyList<Run> runs)
    {
        var (size, tag, before) = level switch
        {
            1 => (typography.H1Size, Tag.H1, 0.0),
            2 => (typography.H2Size, Tag.H2, Body * 1.6),
            _ => (typography.H3Size, Tag.H3, Body * 1.2),
        };
        return new ParagraphElement(Styled(runs, size, typography.Text, bold: true), tag, size, measurer, typography)
        {
            SpaceBefore = before, SpaceAfter = Body * 0.45, KeepWithNext = true, KeepTogether = true,
        };
    }

    public ParagraphElement Paragraph(IReadOnlyList<Run> runs, double size, Tag tag, Rgb color) =>
        new(Styled(runs, size, color), tag, size, measurer, typography)
        {
            SpaceBefore = typography.ParagraphGap, SpaceAfter = typography.ParagraphGap,
        };

    /// <summary>
    /// A web address: a left-to-right paragraph whatever the language, so its slashes and dots stay
    /// where they are written, its lines starting at the language's start edge as the text around it does.
    /// </summary>
    public ParagraphElement Address(IReadOnlyList<Run> runs, double size, Rgb color) =>
        new(Styled(runs, size, color), Tag.P, size, measurer.InDirection(BaseDirection.LeftToRight), typography)
        {
            SpaceBefore = typography.ParagraphGap, SpaceAfter = typography.ParagraphGap, StartsAtRight = measurer.RightToLeft,
        };

    private ListElement List(ListBlock list, int depth)
    {
        var labels = list.Items.Select((_, i) => list.Ordered ? Digits.Format(list.Start + i) + "." : Bullet(depth)).ToList();
        var labelStyle = new TextStyle(FontStyle.Regular, Body, typography.Text);
        var widest = labels.Max(l => measurer.Width(l, labelStyle));
        var indent = Math.Max(widest + Body * 0.6, Body * 1.5);
        var items = list.Items
            .Select((item, i) => new ListItemElement(labels[i], labelStyle, indent, ItemBody(item, depth + 1), measurer, typography))
            .ToList();
        return new ListElement(items, Body * 0.4) { SpaceBefore = typography.ParagraphGap, SpaceAfter = typography.ParagraphGap };
    }

    /// <summary>Paragraphs inside a list item sit closer together than in running text.</summary>
    private ColumnElement ItemBody(ListItemBlock item, int depth) =>
        new(item.Blocks.Select(b => b is ParagraphBlock p
            ? new ParagraphElement(Styled(p.Runs, Body, typography.Text), Tag.P, Body, measurer, typography)
            {
                SpaceBefore = Body * 0.4, SpaceAfter = Body * 0.4,
            }
            : Element(b, depth)).ToList());

    private static string Bullet(int depth) => depth % 2 == 0 ? "•" : "–";

    public IReadOnlyList<StyledRun> Styled(IReadOnlyList<Run> runs, double size, Rgb color, bool bold = false) =>
        runs.Select(r => new StyledRun(
            r.Text,
            new TextStyle(FontSet.StyleOf(bold || r.Bold, r.Italic), size, r.Link is null ? color : typography.Link, r.Link is not null),
            r.Link)).ToList();
}
