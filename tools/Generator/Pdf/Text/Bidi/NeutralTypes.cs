namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// Rules N1–N2 and I1–I2 over one isolating run sequence whose weak types and bracket pairs are
/// resolved: neutrals take the direction around them, then every character its level.
/// </summary>
internal static class NeutralTypes
{
    public static bool IsNeutral(BidiClass t) =>
        t is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;

    /// <summary>The direction a resolved type counts as for N0–N2: numbers count as R; ON for a neutral.</summary>
    public static BidiClass Strong(BidiClass t) => t switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    public static void Resolve(Span<BidiClass> types, byte level, BidiClass sos, BidiClass eos)
    {
        var embedding = (level & 1) == 0 ? BidiClass.L : BidiClass.R;
        for (var i = 0; i < types.Length; i++)
        {
            if (!IsNeutral(types[i])) continue;
            var end = i;
            while (end < types.Length && IsNeutral(types[end])) end++;
            // N1: neutrals between two of one direction take it; N2: the others take the embedding direction.
            var before = i == 0 ? sos : Strong(types[i - 1]);
            var after = end == types.Length ? eos : Strong(types[end]);
            types[i..end].Fill(before == after ? before : embedding);
            i = end - 1;
        }
    }

    /// <summary>I1–I2: the level each resolved type raises the sequence's level to.</summary>
    public static void Levels(ReadOnlySpan<BidiClass> types, byte level, ReadOnlySpan<int> indexes, Span<byte> levels)
    {
        var odd = (level & 1) != 0;
        for (var i = 0; i < types.Length; i++)
        {
            var t = types[i];
            levels[indexes[i]] = (byte)(odd
                ? (t == BidiClass.R ? level : level + 1)
                : (t == BidiClass.L ? level : t == BidiClass.R ? level + 1 : level + 2));
        }
    }
}
