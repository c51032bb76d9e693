namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// Rules BD9, P2–P3 and X1–X8 over one paragraph: matching isolate initiators with their PDIs, the
/// first strong character, and the explicit embedding levels and directional overrides.
/// </summary>
internal static class ExplicitLevels
{
    /// <summary>The deepest explicit embedding level (BD2).</summary>
    public const int MaxDepth = 125;

    public static bool IsIsolateInitiator(BidiClass c) => c is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    /// <summary>Characters rule X9 removes: embeddings, overrides, their PDF, and boundary neutrals.</summary>
    public static bool IsRemovedByX9(BidiClass c) => c is BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO or BidiClass.PDF or BidiClass.BN;

    /// <summary>
    /// BD9: each isolate initiator's matching PDI and each PDI's initiator go to <paramref name="partner"/>,
    /// -1 where there is none. <paramref name="open"/> is scratch of the paragraph's length.
    /// </summary>
    public static void MatchIsolates(ReadOnlySpan<BidiClass> classes, Span<int> partner, Span<int> open)
    {
        var depth = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            partner[i] = -1;
            if (IsIsolateInitiator(classes[i])) open[depth++] = i;
            else if (classes[i] == BidiClass.PDI && depth > 0)
            {
                var initiator = open[--depth];
                partner[initiator] = i;
                partner[i] = initiator;
            }
        }
    }

    /// <summary>
    /// P2–P3: 1 when the first strong character of [start, end), skipping isolates, is R or AL;
    /// 0 when it is L; <paramref name="none"/> when there is none.
    /// </summary>
    public static byte FirstStrongLevel(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> partner, int start, int end, byte none)
    {
        for (var i = start; i < end; i++)
        {
            switch (classes[i])
            {
                case BidiClass.L: return 0;
                case BidiClass.R or BidiClass.AL: return 1;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    // An isolate without its PDI runs to the end of the paragraph.
                    if (partner[i] < 0) return none;
                    i = partner[i];
                    break;
            }
        }
        return none;
    }

    /// <summary>
    /// X1–X8: the embedding level of every character into <paramref name="levels"/>, and in
    /// <paramref name="types"/> (a copy of the classes) the direction an override imposes.
    /// </summary>
    public static void Resolve(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> partner, byte paragraphLevel, Span<BidiClass> types, Span<byte> levels)
    {
        // The directional status stack (X1): level, override (ON for none), isolate status.
        Span<byte> stackLevel = stackalloc byte[MaxDepth + 2];
        Span<BidiClass> stackOverride = stackalloc BidiClass[MaxDepth + 2];
        Span<bool> stackIsolate = stackalloc bool[MaxDepth + 2];
        var top = 0;
        stackLevel[0] = paragraphLevel;
        stackOverride[0] = BidiClass.ON;
        stackIsolate[0] = false;
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;

        for (var i = 0; i < classes.Length; i++)
        {
            var c = classes[i];
            types[i] = c;
            switch (c)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                {
                    // X2–X5: the least odd (RLE, RLO) or even (LRE, LRO) level above the current one.
                    levels[i] = stackLevel[top];
                    var rtl = c is BidiClass.RLE or BidiClass.RLO;
                    var level = NextLevel(stackLevel[top], rtl);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        top++;
                        stackLevel[top] = (byte)level;
                        stackOverride[top] = c == BidiClass.RLO ? BidiClass.R : c == BidiClass.LRO ? BidiClass.L : BidiClass.ON;
                        stackIsolate[top] = false;
                    }
                    else if (overflowIsolates == 0) overflowEmbeddings++;
                    break;
                }
                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                {
                    // X5a–X5c: the initiator itself stays at the outer level, under the outer override.
                    levels[i] = stackLevel[top];
                    if (stackOverride[top] != BidiClass.ON) types[i] = stackOverride[top];
                    var rtl = c == BidiClass.RLI
                        || (c == BidiClass.FSI && FirstStrongLevel(classes, partner, i + 1, partner[i] < 0 ? classes.Length : partner[i], 0) == 1);
                    var level = NextLevel(stackLevel[top], rtl);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        top++;
                        stackLevel[top] = (byte)level;
                        stackOverride[top] = BidiClass.ON;
                        stackIsolate[top] = true;
                    }
                    else overflowIsolates++;
                    break;
                }
                case BidiClass.PDI:
                    // X6a: close the isolate and every embedding opened inside it.
                    if (overflowIsolates > 0) overflowIsolates--;
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stackIsolate[top]) top--;
                        top--;
                        validIsolates--;
                    }
                    levels[i] = stackLevel[top];
                    if (stackOverride[top] != BidiClass.ON) types[i] = stackOverride[top];
                    break;
                case BidiClass.PDF:
                    // X7: an isolate's own entry is closed only by its PDI.
                    if (overflowIsolates > 0) { }
                    else if (overflowEmbeddings > 0) overflowEmbeddings--;
                    else if (!stackIsolate[top] && top > 0) top--;
                    levels[i] = stackLevel[top];
                    break;
                case BidiClass.B:
                    // X8: a paragraph separator ends every embedding.
                    levels[i] = paragraphLevel;
                    break;
                case BidiClass.BN:
                    levels[i] = stackLevel[top];
                    break;
                default:
                    // X6.
                    levels[i] = stackLevel[top];
                    if (stackOverride[top] != BidiClass.ON) types[i] = stackOverride[top];
                    break;
            }
        }
    }

    private static int NextLevel(int level, bool odd) => odd ? (level + 1) | 1 : (level + 2) & ~1;
}
