using System.Collections.Immutable;
using Leaflet.Pdf.Text;
using Leaflet.Pdf.Text.Bidi;

namespace Leaflet.Pdf.Layout;

/// <summary>
/// A shaped item of a paragraph: its text in one style, font and script, its glyphs, and the
/// advance of each cluster in points, stored at the cluster's first UTF-16 index (zero
/// elsewhere), so the width of any range of whole clusters is a sum. Lines break only where
/// <see cref="IsClusterStart"/> holds.
/// </summary>
public sealed class ShapedItem
{
    private readonly double[] _advances;
    private readonly bool[] _starts;

    public ShapedItem(GlyphRun run, TextStyle style, Uri? link)
    {
        Run = run;
        Style = style;
        Link = link;
        _advances = new double[run.Text.Length];
        _starts = new bool[run.Text.Length + 1];
        _starts[^1] = true;
        var scale = run.Size / run.Font.UnitsPerEm;
        foreach (var glyph in run.Glyphs)
        {
            _advances[glyph.Cluster] += glyph.XAdvance * scale;
            _starts[glyph.Cluster] = true;
        }
    }

    public GlyphRun Run { get; }
    public string Text => Run.Text;
    public TextStyle Style { get; }
    public Uri? Link { get; }

    /// <summary>The paragraph's resolved levels, shared by its items; null when all are at level 0.</summary>
    public BidiParagraph? Bidi { get; init; }

    /// <summary>Where the item's text starts in the paragraph's text (the concatenation of its items').</summary>
    public int Offset { get; init; }

    public bool IsClusterStart(int index) => _starts[index];

    public double Width(int start, int length)
    {
        var width = 0.0;
        for (var i = start; i < start + length; i++) width += _advances[i];
        return width;
    }

    /// <summary>The glyphs of characters [start, start + length), which must be whole clusters; clusters count from start.</summary>
    public GlyphRun Slice(int start, int length)
    {
        if (start == 0 && length == Text.Length) return Run;
        var count = 0;
        foreach (var glyph in Run.Glyphs)
            if (glyph.Cluster >= start && glyph.Cluster < start + length) count++;
        var glyphs = ImmutableArray.CreateBuilder<ShapedGlyph>(count);
        foreach (var glyph in Run.Glyphs)
        {
            if (glyph.Cluster >= start && glyph.Cluster < start + length) glyphs.Add(glyph with { Cluster = glyph.Cluster - start });
        }
        return Run with { Glyphs = glyphs.MoveToImmutable(), Text = Text.Substring(start, length) };
    }
}
