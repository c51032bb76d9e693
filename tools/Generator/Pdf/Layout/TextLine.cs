using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Layout;

/// <summary>Text in one style, with the link it belongs to, if any.</summary>
public sealed record StyledRun(string Text, TextStyle Style, Uri? Link = null)
{
    /// <summary>A forced line break (Markdown's hard break).</summary>
    public const string LineBreak = "\n";
}

/// <summary>
/// A piece of a line drawn in one style and font: X is from the line's start, Width includes
/// the trailing space, InkWidth does not.
/// </summary>
public sealed record TextSegment(GlyphRun Run, TextStyle Style, Uri? Link, double X, double Width, double InkWidth)
{
    public string Text => Run.Text;
}

/// <summary>
/// One line of a paragraph, its segments in visual order, left to right; <see cref="Width"/> is
/// the inked width, without the trailing space.
/// </summary>
public sealed record TextLine(IReadOnlyList<TextSegment> Segments, double Width)
{
    /// <summary>The segments' text in visual order (logical order when the line is all left to right).</summary>
    public string Text => string.Concat(Segments.Select(s => s.Text));

    /// <summary>The pen's travel over the whole line, trailing space included.</summary>
    public double Advance => Segments.Count == 0 ? 0 : Segments[^1].X + Segments[^1].Width;
}
