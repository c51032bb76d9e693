using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.LineBreaking;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// Sets text for the layout engine: a paragraph's styled runs become items of one style,
/// script and font (chosen per grapheme cluster from the style's fallback chain), each shaped;
/// widths are sums of shaped advances. Thread-safe when its shaper is.
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

    /// <summary>
    /// Shaped items in logical order. Adjacent runs of the same style and link are shaped as
    /// one text, so kerning continues across them; tabs and carriage returns become spaces, and
    /// a hard line break gets a space before it, which ends its line as every other line ends.
    /// </summary>
    public IReadOnlyList<ShapedItem> Shape(IReadOnlyList<StyledRun> runs)
    {
        var items = new List<ShapedItem>();
        for (var first = 0; first < runs.Count;)
        {
            var next = first + 1;
            while (next < runs.Count && runs[next].Style == runs[first].Style && runs[next].Link == runs[first].Link) next++;
            var text = next == first + 1 ? runs[first].Text : string.Concat(runs.Skip(first).Take(next - first).Select(r => r.Text));
            if (text.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0) text = text.Replace('\t', ' ').Replace('\r', ' ').Replace("\n", " \n");
            if (text.Length > 0) Add(items, text, runs[first].Style, runs[first].Link);
            first = next;
        }
        return items;
    }

    /// <summary>One line of text in one style, such as a list label or the footer.</summary>
    public IReadOnlyList<ShapedItem> Shape(string text, TextStyle style) => Shape([new StyledRun(text, style)]);

    public double Width(string text, TextStyle style) => Shape(text, style).Sum(i => i.Run.Width);

    private void Add(List<ShapedItem> items, string text, TextStyle style, Uri? link)
    {
        foreach (var item in Itemizer.Itemize(text, fonts[style.Font]))
        {
            var itemText = item.Length == text.Length ? text : text.Substring(item.Start, item.Length);
            var glyphs = shaper.Shape(itemText, item, language);
            items.Add(new ShapedItem(new GlyphRun(item.Font, style.Size, glyphs, itemText, item.RightToLeft), style, link));
        }
    }
}
