namespace Leaflet.Pdf.Text.LineBreaking;

/// <summary>
/// The break opportunities of the Unicode Line Breaking Algorithm (UAX #14, in the Unicode version
/// of <see cref="UnicodeVersion"/>) without tailoring, except the tailoring of numbers (LB25 as the
/// regular expressions of the standard's example 7), which the conformance test expects. Scripts of
/// the class SA (Thai, Lao, Khmer, Myanmar) have no dictionary here: LB1 makes their letters AL, so
/// a word of them, or a run of words without spaces, stays unbroken.
/// </summary>
public static class UnicodeLineBreaks
{
    public const string UnicodeVersion = LineBreakTable.UnicodeVersion;

    /// <summary>Enumerates the opportunities of <paramref name="text"/> in order, allocating nothing.</summary>
    public static LineBreakEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>
    /// Writes the opportunities of <paramref name="text"/> in order into <paramref name="opportunities"/>
    /// and returns how many there are; a span as long as the text always suffices.
    /// </summary>
    public static int Find(ReadOnlySpan<char> text, Span<LineBreakOpportunity> opportunities)
    {
        var count = 0;
        foreach (var opportunity in Enumerate(text))
        {
            if (count == opportunities.Length)
                throw new ArgumentException($"room for {opportunities.Length} break opportunities, the text has more", nameof(opportunities));
            opportunities[count++] = opportunity;
        }
        return count;
    }
}
