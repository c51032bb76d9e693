namespace Leaflet.Pdf.Text.Bidi;

/// <summary>A line is a range [lineStart, lineEnd) of the paragraph's UTF-16 indexes, broken on the logical text.</summary>
public sealed partial class BidiParagraph
{
    /// <summary>The line's levels after rule L1: trailing whitespace and separators at the paragraph level.</summary>
    public void LineLevels(int lineStart, int lineEnd, Span<byte> destination)
    {
        CheckLine(lineStart, lineEnd);
        var levels = destination[..(lineEnd - lineStart)];
        _levels.AsSpan(lineStart, levels.Length).CopyTo(levels);
        LineOrder.ResetWhitespace(_classes.AsSpan(lineStart, levels.Length), levels, lineStart, _paragraphEnds, _paragraphLevels);
    }

    public byte[] LineLevels(int lineStart, int lineEnd)
    {
        CheckLine(lineStart, lineEnd);
        var levels = new byte[lineEnd - lineStart];
        LineLevels(lineStart, lineEnd, levels);
        return levels;
    }

    /// <summary>
    /// The line's runs of one level (after L1) in visual order, left to right (L2): what the layout
    /// shapes and draws one after another.
    /// </summary>
    public IReadOnlyList<BidiRun> VisualRuns(int lineStart, int lineEnd) => Runs(lineStart, lineEnd);

    /// <summary>The line's UTF-16 indexes in visual order, left to right (L2); a surrogate pair stays high then low.</summary>
    public void VisualOrder(int lineStart, int lineEnd, Span<int> destination) =>
        LineOrder.Indexes(Runs(lineStart, lineEnd), _secondOfPair, destination[..(lineEnd - lineStart)]);

    public int[] VisualOrder(int lineStart, int lineEnd)
    {
        CheckLine(lineStart, lineEnd);
        var order = new int[lineEnd - lineStart];
        VisualOrder(lineStart, lineEnd, order);
        return order;
    }

    private BidiRun[] Runs(int lineStart, int lineEnd)
    {
        CheckLine(lineStart, lineEnd);
        var length = lineEnd - lineStart;
        Span<byte> levels = length <= 256 ? stackalloc byte[length] : new byte[length];
        LineLevels(lineStart, lineEnd, levels);
        return LineOrder.VisualRuns(levels, lineStart);
    }

    private void CheckLine(int lineStart, int lineEnd)
    {
        if (lineStart < 0 || lineEnd < lineStart || lineEnd > Length)
            throw new ArgumentOutOfRangeException(nameof(lineEnd), $"line [{lineStart}, {lineEnd}) is not within the paragraph's {Length} characters");
    }
}
