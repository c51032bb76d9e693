using System.Buffers;

namespace Leaflet.Pdf.Text.Bidi;

/// <summary>
/// A paragraph's text resolved by the Unicode Bidirectional Algorithm (UAX #9): the level of every
/// UTF-16 index (both halves of a surrogate pair share their character's), from which each line,
/// broken on the logical text, gets its visual order. Resolve once per paragraph, then ask per line.
/// Text holding paragraph separators is resolved as the paragraphs they end (P1), each with its own
/// level when the direction is <see cref="BaseDirection.Auto"/>.
/// </summary>
public sealed partial class BidiParagraph
{
    private readonly byte[] _levels;
    private readonly BidiClass[] _classes;
    private readonly bool[]? _secondOfPair;
    private readonly int[] _paragraphEnds;
    private readonly byte[] _paragraphLevels;

    private BidiParagraph(byte[] levels, BidiClass[] classes, bool[]? secondOfPair, int[] paragraphEnds, byte[] paragraphLevels)
    {
        _levels = levels;
        _classes = classes;
        _secondOfPair = secondOfPair;
        _paragraphEnds = paragraphEnds;
        _paragraphLevels = paragraphLevels;
    }

    /// <summary>The number of UTF-16 code units resolved.</summary>
    public int Length => _levels.Length;

    /// <summary>The embedding level of the (first) paragraph: 0 left to right, 1 right to left.</summary>
    public byte ParagraphLevel => _paragraphLevels[0];

    public bool IsRightToLeft => (ParagraphLevel & 1) != 0;

    /// <summary>The resolved level of each UTF-16 index, before the line rules (L1).</summary>
    public ReadOnlySpan<byte> Levels => _levels;

    /// <summary>The embedding level of the paragraph that holds <paramref name="index"/>.</summary>
    public byte ParagraphLevelAt(int index)
    {
        var p = 0;
        while (p < _paragraphEnds.Length - 1 && index >= _paragraphEnds[p]) p++;
        return _paragraphLevels[p];
    }

    /// <summary>Resolves the levels of <paramref name="text"/>, a paragraph in logical order, in the given base direction.</summary>
    public static BidiParagraph Resolve(ReadOnlySpan<char> text, BaseDirection direction)
    {
        var n = text.Length;
        var classes = new BidiClass[n];
        var levels = new byte[n];
        bool[]? secondOfPair = null;
        var codePoints = ArrayPool<int>.Shared.Rent(n);
        var starts = ArrayPool<int>.Shared.Rent(n);
        var cpClasses = ArrayPool<BidiClass>.Shared.Rent(n);
        var cpLevels = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            var count = 0;
            // Text without right-to-left characters or explicit formatting in a left-to-right paragraph is all at level 0.
            var simple = direction != BaseDirection.RightToLeft;
            for (var i = 0; i < n; i++)
            {
                int cp = text[i];
                var pair = char.IsHighSurrogate(text[i]) && i + 1 < n && char.IsLowSurrogate(text[i + 1]);
                if (pair) cp = char.ConvertToUtf32(text[i], text[i + 1]);
                var c = BidiCharacters.ClassOf(cp);
                simple &= c is not (BidiClass.R or BidiClass.AL or BidiClass.AN) && c < BidiClass.LRE;
                codePoints[count] = cp;
                starts[count] = i;
                cpClasses[count] = c;
                count++;
                classes[i] = c;
                if (!pair) continue;
                i++;
                classes[i] = c;
                (secondOfPair ??= new bool[n])[i] = true;
            }
            if (simple) return new BidiParagraph(levels, classes, secondOfPair, [n], [0]);

            var (ends, paragraphLevels) = ResolveParagraphs(
                cpClasses.AsSpan(0, count), codePoints.AsSpan(0, count), direction, cpLevels.AsSpan(0, count));
            for (var k = 0; k < count; k++)
            {
                var next = k + 1 < count ? starts[k + 1] : n;
                levels.AsSpan(starts[k], next - starts[k]).Fill(cpLevels[k]);
            }
            for (var p = 0; p < ends.Length; p++) ends[p] = ends[p] < count ? starts[ends[p]] : n;
            return new BidiParagraph(levels, classes, secondOfPair, ends, paragraphLevels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(codePoints);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<BidiClass>.Shared.Return(cpClasses);
            ArrayPool<byte>.Shared.Return(cpLevels);
        }
    }

    /// <summary>A sequence of classes resolved as text of one character per class, without bracket pairs (BidiTest.txt's input).</summary>
    internal static BidiParagraph FromClasses(ReadOnlySpan<BidiClass> classes, BaseDirection direction)
    {
        var levels = new byte[classes.Length];
        var (ends, paragraphLevels) = ResolveParagraphs(classes, [], direction, levels);
        return new BidiParagraph(levels, classes.ToArray(), null, ends, paragraphLevels);
    }

    /// <summary>P1: each paragraph ends after a paragraph separator (a CR LF pair counts as one); returns each one's end and level.</summary>
    private static (int[] Ends, byte[] Levels) ResolveParagraphs(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<int> codePoints,
        BaseDirection direction, Span<byte> levels)
    {
        var ends = new List<int>(1);
        var paragraphLevels = new List<byte>(1);
        var start = 0;
        while (start < classes.Length || ends.Count == 0)
        {
            var end = start;
            while (end < classes.Length && classes[end] != BidiClass.B) end++;
            if (end < classes.Length) end++;
            if (end < classes.Length && !codePoints.IsEmpty && codePoints[end - 1] == '\r' && codePoints[end] == '\n') end++;
            var points = codePoints.IsEmpty ? codePoints : codePoints[start..end];
            paragraphLevels.Add(ParagraphResolver.Resolve(classes[start..end], points, direction, levels[start..end]));
            ends.Add(end);
            start = end;
        }
        return ([.. ends], [.. paragraphLevels]);
    }
}
