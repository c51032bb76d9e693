namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// Rules X9–X10 (BD13): the characters X9 leaves, cut into level runs, chained into isolating run
/// sequences (a run that ends with an isolate initiator continues with the run that starts with
/// its matching PDI), each with its start- and end-of-sequence types.
/// </summary>
internal static class IsolatingRunSequences
{
    /// <summary>
    /// Writes every sequence's character indexes, one sequence after another in the order of their
    /// first characters, into <paramref name="order"/>, and the end of each in <paramref name="ends"/>;
    /// returns how many sequences there are. <paramref name="kept"/> and <paramref name="runStarts"/>
    /// are scratch of the paragraph's length.
    /// </summary>
    public static int Build(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> partner, ReadOnlySpan<byte> levels,
        Span<int> kept, Span<int> runStarts, Span<int> order, Span<int> ends)
    {
        var keptCount = 0;
        var runCount = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            if (ExplicitLevels.IsRemovedByX9(classes[i])) continue;
            if (keptCount == 0 || levels[i] != levels[kept[keptCount - 1]]) runStarts[runCount++] = keptCount;
            kept[keptCount++] = i;
        }
        kept = kept[..keptCount];
        runStarts = runStarts[..runCount];

        var written = 0;
        var sequences = 0;
        for (var run = 0; run < runCount; run++)
        {
            var first = kept[runStarts[run]];
            // A run that starts with a matched PDI continues the sequence of its initiator.
            if (classes[first] == BidiClass.PDI && partner[first] >= 0) continue;
            var current = run;
            while (true)
            {
                var start = runStarts[current];
                var end = current + 1 < runCount ? runStarts[current + 1] : keptCount;
                kept[start..end].CopyTo(order[written..]);
                written += end - start;
                var last = kept[end - 1];
                if (!ExplicitLevels.IsIsolateInitiator(classes[last]) || partner[last] < 0) break;
                current = runStarts.BinarySearch(kept.BinarySearch(partner[last]));
            }
            ends[sequences++] = written;
        }
        return sequences;
    }

    /// <summary>
    /// X10: the type at either end of a sequence is that of the higher of its level and the level
    /// beyond it, the paragraph's where nothing is beyond or the sequence ends with an unmatched
    /// isolate initiator.
    /// </summary>
    public static (BidiClass Sos, BidiClass Eos) Boundaries(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> partner,
        ReadOnlySpan<byte> levels, ReadOnlySpan<int> sequence, byte paragraphLevel)
    {
        var first = sequence[0];
        var last = sequence[^1];
        var level = levels[first];

        var before = first - 1;
        while (before >= 0 && ExplicitLevels.IsRemovedByX9(classes[before])) before--;
        var levelBefore = before >= 0 ? levels[before] : paragraphLevel;

        var after = last + 1;
        while (after < classes.Length && ExplicitLevels.IsRemovedByX9(classes[after])) after++;
        var levelAfter = after < classes.Length && !(ExplicitLevels.IsIsolateInitiator(classes[last]) && partner[last] < 0)
            ? levels[after]
            : paragraphLevel;

        return (TypeOf(Math.Max(level, levelBefore)), TypeOf(Math.Max(level, levelAfter)));
    }

    private static BidiClass TypeOf(int level) => (level & 1) == 0 ? BidiClass.L : BidiClass.R;
}
