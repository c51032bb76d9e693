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

/// <summary>One line of a paragraph; <see cref="Width"/> is the inked width, without the trailing space.</summary>
public sealed record TextLine(IReadOnlyList<TextSegment> Segments, double Width)
{
    public string Text => string.Concat(Segments.Select(s => s.Text));
}
