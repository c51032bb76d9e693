using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.Bidi;
using Leaflet.Pdf.Text.LineBreaking;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// Sets text for the layout engine: a paragraph's styled runs become items of one style,
/// script and font (chosen per grapheme cluster from the style's fallback chain), each shaped;
/// widths are sums of shaped advances. A paragraph is resolved by the Unicode Bidirectional
/// Algorithm in the language's direction; an item never spans two levels and is shaped in the
/// direction of its level. Thread-safe when its shaper is.
/// </summary>
public sealed class TextMeasurer(FontChains fonts, IGlyphShaper shaper, string language)
{
    /// <summary>Height above the baseline, as a fraction of the font size: the first regular face's.</summary>
    public double Ascent { get; init; } = (double)fonts.Metrics.Ascender / fonts.Metrics.UnitsPerEm;

    /// <summary>Depth below the baseline, as a fraction of the font size.</summary>
    public double Descent { get; init; } = (double)fonts.Metrics.Descender / fonts.Metrics.UnitsPerEm;

    public FontChains Fonts => fonts;

    /// <summary>Where the language lets lines end: the Unicode algorithm's opportunities as its tailoring keeps them.</summary>
    public LineBreakTailoring LineBreaking { get; init; } = LineBreakTailoring.Default;

    /// <summary>The base direction of every paragraph: the language's; also which edge lines start at.</summary>
    public BaseDirection Direction { get; init; } = BaseDirection.LeftToRight;

    /// <summary>Lines start at the right edge and lists, bars and the footer are mirrored.</summary>
    public bool RightToLeft => Direction == BaseDirection.RightToLeft;

    /// <summary>The same fonts, metrics and line breaking, resolving paragraphs in <paramref name="direction"/>.</summary>
    public TextMeasurer InDirection(BaseDirection direction) => direction == Direction
        ? this
        : new TextMeasurer(fonts, shaper, language) { Ascent = Ascent, Descent = Descent, LineBreaking = LineBreaking, Direction = direction };

    /// <summary>
    /// Shaped items in logical order. Adjacent runs of the same style and link are shaped as
    /// one text, so kerning continues across them; tabs and carriage returns become spaces, and
    /// a hard line break gets a space before it, which ends its line as every other line ends.
    /// </summary>
    public IReadOnlyList<ShapedItem> Shape(IReadOnlyList<StyledRun> runs)
    {
        var groups = new List<(string Text, StyledRun First)>();
        for (var first = 0; first < runs.Count;)
        {
            var next = first + 1;
            while (next < runs.Count && runs[next].Style == runs[first].Style && runs[next].Link == runs[first].Link) next++;
            var text = next == first + 1 ? runs[first].Text : string.Concat(runs.Skip(first).Take(next - first).Select(r => r.Text));
            if (text.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0) text = text.Replace('\t', ' ').Replace('\r', ' ').Replace("\n", " \n");
            if (text.Length > 0) groups.Add((text, runs[first]));
            first = next;
        }
        var bidi = Resolve(groups);
        var items = new List<ShapedItem>();
        var offset = 0;
        foreach (var (text, first) in groups)
        {
            Add(items, text, first.Style, first.Link, bidi, offset);
            offset += text.Length;
        }
        return items;
    }

    /// <summary>The paragraph's levels; null when every character is at level 0, so nothing is reordered.</summary>
    private BidiParagraph? Resolve(List<(string Text, StyledRun First)> groups)
    {
        var text = groups.Count == 1 ? groups[0].Text : string.Concat(groups.Select(g => g.Text));
        var bidi = BidiParagraph.Resolve(text, Direction);
        return bidi.ParagraphLevel == 0 && !bidi.Levels.ContainsAnyExcept((byte)0) ? null : bidi;
    }

    /// <summary>One line of text in one style, such as a list label or the footer.</summary>
    public IReadOnlyList<ShapedItem> Shape(string text, TextStyle style) => Shape([new StyledRun(text, style)]);

    public double Width(string text, TextStyle style) => Shape(text, style).Sum(i => i.Run.Width);

    private void Add(List<ShapedItem> items, string text, TextStyle style, Uri? link, BidiParagraph? bidi, int offset)
    {
        foreach (var item in Itemizer.Itemize(text, fonts[style.Font]))
        {
            if (bidi is null)
            {
                Add(items, text, item, style, link, null, offset);
                continue;
            }
            // Split where the level changes: each piece is shaped in its level's direction.
            var levels = bidi.Levels;
            var end = item.Start + item.Length;
            for (var start = item.Start; start < end;)
            {
                var level = levels[offset + start];
                var next = start + 1;
                while (next < end && levels[offset + next] == level) next++;
                var piece = item with { Start = start, Length = next - start, RightToLeft = (level & 1) != 0 };
                Add(items, text, piece, style, link, bidi, offset);
                start = next;
            }
        }
    }

    private void Add(List<ShapedItem> items, string text, TextItem item, TextStyle style, Uri? link, BidiParagraph? bidi, int offset)
    {
        var itemText = item.Length == text.Length ? text : text.Substring(item.Start, item.Length);
        var glyphs = shaper.Shape(itemText, item, language);
        items.Add(new ShapedItem(new GlyphRun(item.Font, style.Size, glyphs, itemText, item.RightToLeft), style, link)
        {
            Bidi = bidi,
            Offset = offset + item.Start,
        });
    }
}
