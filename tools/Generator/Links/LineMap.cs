namespace Leaflet.Links;

/// <summary>
/// Turns a character offset into a 1-based line and column. AngleSharp's own line and
/// column are 16-bit and wrap on long lines (minified pages), its offset does not; so
/// positions are kept as offsets and converted here, counting CR LF, CR and LF as one
/// line break each, as the HTML parser does.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;

    private LineMap(int[] lineStarts) => _lineStarts = lineStarts;

    public static LineMap Of(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOfAny('\r', '\n');
            if (next < 0) break;
            offset += next;
            offset += text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n' ? 2 : 1;
            starts.Add(offset);
        }
        return new LineMap(starts.ToArray());
    }

    public (int Line, int Column) Locate(int offset)
    {
        if (offset < 0) return (0, 0);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
