namespace Leaflet.Pdf.Text.Bidi;

/// <summary>Rules L1 and L2 over one line of a resolved paragraph.</summary>
internal static class LineOrder
{
    /// <summary>
    /// L1: segment and paragraph separators, and the whitespace, isolate formatting characters and
    /// characters X9 removed that precede one or end the line, go back to the paragraph level.
    /// </summary>
    /// <param name="lineStart">The paragraph index of the line's first character.</param>
    /// <param name="paragraphEnds">Where each paragraph of the text ends (P1), with its level in <paramref name="paragraphLevels"/>.</param>
    public static void ResetWhitespace(ReadOnlySpan<BidiClass> classes, Span<byte> levels, int lineStart,
        ReadOnlySpan<int> paragraphEnds, ReadOnlySpan<byte> paragraphLevels)
    {
        // Indexes are visited in increasing order, so the paragraph holding them only moves forward.
        var paragraph = 0;
        var whitespaceFrom = -1;
        for (var i = 0; i < classes.Length; i++)
        {
            var c = classes[i];
            if (c is BidiClass.S or BidiClass.B)
            {
                for (var j = whitespaceFrom < 0 ? i : whitespaceFrom; j <= i; j++)
                    levels[j] = ParagraphLevelAt(lineStart + j, paragraphEnds, paragraphLevels, ref paragraph);
                whitespaceFrom = -1;
            }
            else if (IsWhitespace(c)) { if (whitespaceFrom < 0) whitespaceFrom = i; }
            else whitespaceFrom = -1;
        }
        if (whitespaceFrom < 0) return;
        for (var j = whitespaceFrom; j < classes.Length; j++)
            levels[j] = ParagraphLevelAt(lineStart + j, paragraphEnds, paragraphLevels, ref paragraph);
    }

    /// <summary>
    /// L2 over runs: the line's maximal runs of one level, then from the highest level down to the
    /// lowest odd one, every stretch of runs at that level or above reversed.
    /// </summary>
    public static BidiRun[] VisualRuns(ReadOnlySpan<byte> levels, int lineStart)
    {
        var count = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            if (i == 0 || levels[i] != levels[i - 1]) count++;
        }
        var runs = new BidiRun[count];
        byte highest = 0, lowestOdd = byte.MaxValue;
        for (int i = 0, r = 0; i < levels.Length; r++)
        {
            var end = i;
            while (end < levels.Length && levels[end] == levels[i]) end++;
            runs[r] = new BidiRun(lineStart + i, lineStart + end, levels[i]);
            highest = Math.Max(highest, levels[i]);
            if ((levels[i] & 1) != 0) lowestOdd = Math.Min(lowestOdd, levels[i]);
            i = end;
        }
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < runs.Length; i++)
            {
                if (runs[i].Level < level) continue;
                var end = i;
                while (end < runs.Length && runs[end].Level >= level) end++;
                runs.AsSpan(i, end - i).Reverse();
                i = end;
            }
        }
        return runs;
    }

    /// <summary>
    /// The UTF-16 indexes of <paramref name="runs"/> from left to right: a right-to-left run's
    /// characters reversed, a surrogate pair kept in its order so the text it spells stays whole.
    /// </summary>
    /// <param name="secondOfPair">True at the low surrogate of each pair in the paragraph; empty when it has none.</param>
    public static void Indexes(ReadOnlySpan<BidiRun> runs, ReadOnlySpan<bool> secondOfPair, Span<int> destination)
    {
        var at = 0;
        foreach (var run in runs)
        {
            if (!run.IsRightToLeft)
            {
                for (var i = run.Start; i < run.End; i++) destination[at++] = i;
                continue;
            }
            for (var i = run.End - 1; i >= run.Start; i--)
            {
                if (i > run.Start && !secondOfPair.IsEmpty && secondOfPair[i])
                {
                    destination[at++] = i - 1;
                    destination[at++] = i;
                    i--;
                }
                else destination[at++] = i;
            }
        }
    }

    private static byte ParagraphLevelAt(int index, ReadOnlySpan<int> ends, ReadOnlySpan<byte> levels, ref int paragraph)
    {
        while (paragraph < ends.Length - 1 && index >= ends[paragraph]) paragraph++;
        return levels[paragraph];
    }

    private static bool IsWhitespace(BidiClass c) =>
        c is BidiClass.WS or BidiClass.PDI || ExplicitLevels.IsIsolateInitiator(c) || ExplicitLevels.IsRemovedByX9(c);
}
