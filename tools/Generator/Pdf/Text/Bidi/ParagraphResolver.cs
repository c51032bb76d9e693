using System.Buffers;

namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// UAX #9 up to rule I2 over one paragraph given as code points and their classes: the paragraph
/// level (P2–P3 unless the caller fixes it) and the resolved level of every character. Scratch
/// arrays are rented for the call and returned.
/// </summary>
internal static class ParagraphResolver
{
    /// <param name="classes">Bidi_Class of each character; a paragraph separator may only end the paragraph.</param>
    /// <param name="codePoints">The characters, for bracket pairs (N0); empty when only classes are known, and then no bracket pairs.</param>
    /// <param name="levels">Receives each character's level; a character X9 removes gets the level of the one before it (or the paragraph's), so it never splits a run.</param>
    /// <returns>The paragraph embedding level.</returns>
    public static byte Resolve(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> codePoints, BaseDirection direction, Span<byte> levels)
    {
        var n = classes.Length;
        var ints = ArrayPool<int>.Shared.Rent(5 * n + 1);
        var types = ArrayPool<BidiClass>.Shared.Rent(2 * n);
        var pairs = ArrayPool<long>.Shared.Rent(n);
        var explicitLevels = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            var partner = ints.AsSpan(0, n);
            ExplicitLevels.MatchIsolates(classes, partner, ints.AsSpan(n, n));
            var paragraphLevel = direction switch
            {
                BaseDirection.LeftToRight => (byte)0,
                BaseDirection.RightToLeft => (byte)1,
                _ => ExplicitLevels.FirstStrongLevel(classes, partner, 0, n, 0),
            };
            var resolved = types.AsSpan(0, n);
            // Sequences read the explicit levels around them (X10) while their own resolved levels are written.
            var embedding = explicitLevels.AsSpan(0, n);
            ExplicitLevels.Resolve(classes, partner, paragraphLevel, resolved, embedding);

            var order = ints.AsSpan(3 * n, n);
            var ends = ints.AsSpan(4 * n, n + 1);
            var sequences = IsolatingRunSequences.Build(classes, partner, embedding, ints.AsSpan(n, n), ints.AsSpan(2 * n, n), order, ends);
            var work = types.AsSpan(n, n);
            var start = 0;
            for (var s = 0; s < sequences; s++)
            {
                var indexes = order[start..ends[s]];
                start = ends[s];
                var level = embedding[indexes[0]];
                var (sos, eos) = IsolatingRunSequences.Boundaries(classes, partner, embedding, indexes, paragraphLevel);
                var sequenceTypes = work[..indexes.Length];
                for (var i = 0; i < indexes.Length; i++) sequenceTypes[i] = resolved[indexes[i]];
                WeakTypes.Resolve(sequenceTypes, sos);
                if (!codePoints.IsEmpty) BracketPairs.Resolve(sequenceTypes, classes, codePoints, indexes, level, sos, pairs);
                NeutralTypes.Resolve(sequenceTypes, level, sos, eos);
                NeutralTypes.Levels(sequenceTypes, level, indexes, levels);
            }

            for (var i = 0; i < n; i++)
            {
                if (ExplicitLevels.IsRemovedByX9(classes[i])) levels[i] = i == 0 ? paragraphLevel : levels[i - 1];
            }
            return paragraphLevel;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ints);
            ArrayPool<BidiClass>.Shared.Return(types);
            ArrayPool<long>.Shared.Return(pairs);
            ArrayPool<byte>.Shared.Return(explicitLevels);
        }
    }
}
