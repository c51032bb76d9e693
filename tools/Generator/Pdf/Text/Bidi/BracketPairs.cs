namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// Rule N0 over one isolating run sequence: paired brackets (BD14–BD16) take the direction of what
/// they enclose, or of their context when they enclose only the opposite direction.
/// </summary>
internal static class BracketPairs
{
    /// <summary>BD16's stack: when an opening bracket finds it full, pairing stops for the rest of the sequence.</summary>
    private const int StackSize = 63;

    /// <param name="types">The sequence's types after W1–W7.</param>
    /// <param name="classes">The paragraph's original classes, for the nonspacing marks after a bracket.</param>
    /// <param name="codePoints">The paragraph's code points.</param>
    /// <param name="indexes">The paragraph index of each of the sequence's characters.</param>
    /// <param name="pairs">Scratch of the sequence's length.</param>
    public static void Resolve(Span<BidiClass> types, ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> codePoints,
        ReadOnlySpan<int> indexes, byte level, BidiClass sos, Span<long> pairs)
    {
        var count = Locate(types, codePoints, indexes, pairs);
        if (count == 0) return;
        // Pairs are resolved in the logical order of their opening brackets; a pair packs as opener << 32 | closer.
        pairs = pairs[..count];
        pairs.Sort();
        var embedding = (level & 1) == 0 ? BidiClass.L : BidiClass.R;
        foreach (var pair in pairs)
        {
            var open = (int)(pair >> 32);
            var close = (int)pair;
            var inside = Inside(types, open, close, embedding);
            if (inside == BidiClass.ON) continue;
            // N0 c: only the opposite direction inside; it wins when the context before the pair has it too.
            var direction = inside == embedding || Before(types, open, sos) == embedding ? embedding : inside;
            Set(types, classes, indexes, open, direction);
            Set(types, classes, indexes, close, direction);
        }
    }

    /// <summary>BD16: the bracket pairs among the characters that are still ON.</summary>
    private static int Locate(ReadOnlySpan<BidiClass> types, ReadOnlySpan<int> codePoints, ReadOnlySpan<int> indexes, Span<long> pairs)
    {
        Span<int> openerPosition = stackalloc int[StackSize];
        Span<int> openerPair = stackalloc int[StackSize];
        var depth = 0;
        var count = 0;
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] != BidiClass.ON) continue;
            var bracket = BidiCharacters.CanonicalBracket(codePoints[indexes[i]], out var pair, out var opens);
            if (bracket == 0) continue;
            if (opens)
            {
                if (depth == StackSize) break;
                openerPosition[depth] = i;
                openerPair[depth] = pair;
                depth++;
                continue;
            }
            for (var d = depth - 1; d >= 0; d--)
            {
                if (openerPair[d] != bracket) continue;
                pairs[count++] = ((long)openerPosition[d] << 32) | (uint)i;
                depth = d;
                break;
            }
        }
        return count;
    }

    /// <summary>The embedding direction if a strong type of it is inside; else the opposite if one is; else ON.</summary>
    private static BidiClass Inside(ReadOnlySpan<BidiClass> types, int open, int close, BidiClass embedding)
    {
        var found = BidiClass.ON;
        for (var i = open + 1; i < close; i++)
        {
            var strong = NeutralTypes.Strong(types[i]);
            if (strong == embedding) return embedding;
            if (strong != BidiClass.ON) found = strong;
        }
        return found;
    }

    private static BidiClass Before(ReadOnlySpan<BidiClass> types, int open, BidiClass sos)
    {
        for (var i = open - 1; i >= 0; i--)
        {
            var strong = NeutralTypes.Strong(types[i]);
            if (strong != BidiClass.ON) return strong;
        }
        return sos;
    }

    /// <summary>The bracket takes the direction, and so do the nonspacing marks that follow it (W1 made them ON).</summary>
    private static void Set(Span<BidiClass> types, ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> indexes, int at, BidiClass direction)
    {
        types[at] = direction;
        for (var i = at + 1; i < types.Length && classes[indexes[i]] == BidiClass.NSM; i++) types[i] = direction;
    }
}
