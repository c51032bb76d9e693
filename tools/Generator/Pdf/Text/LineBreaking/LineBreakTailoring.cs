using System.Text;

namespace Leaflet.Pdf.Text.LineBreaking;

/// <summary>
/// The line breaking of leaflets, on top of the untailored algorithm: for text that puts spaces
/// between words a line ends only at a space (a no-break space is none); inside a word it ends
/// only after "/" or "-", and only when the word does not fit on a line (web addresses); next to
/// East Asian wide characters (ideographs, kana, Hangul, fullwidth punctuation) the standard's
/// opportunities stand as they are, which already keep closing punctuation off the start of a
/// line and opening punctuation off its end. A language may list words (one-letter prepositions, say)
/// after which a line never ends, so they stay with the word they belong to. Immutable: build one
/// per language and share it.
/// </summary>
public sealed class LineBreakTailoring
{
    private readonly HashSet<string> _noBreakAfter;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _noBreakAfterLookup;

    /// <param name="noBreakAfter">Words (letters only, compared without regard to case) after which a line never ends.</param>
    /// <exception cref="ArgumentException">A word is empty or holds something other than letters and marks.</exception>
    public LineBreakTailoring(IEnumerable<string> noBreakAfter)
    {
        _noBreakAfter = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in noBreakAfter)
        {
            if (!IsWord(word))
                throw new ArgumentException($"\"{word}\" is not a word of letters, so no text could match it", nameof(noBreakAfter));
            _noBreakAfter.Add(word);
        }
        _noBreakAfterLookup = _noBreakAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether <paramref name="word"/> could be listed: letters and marks only, so that text can match it.</summary>
    public static bool IsWord(string word) => word.Length > 0 && WordStart(word, word.Length) == 0;

    /// <summary>No words that hold the next one.</summary>
    public static LineBreakTailoring Default { get; } = new([]);

    public IReadOnlyCollection<string> NoBreakAfter => _noBreakAfter;

    /// <summary>Enumerates the tailored opportunities of <paramref name="text"/> in order, allocating nothing.</summary>
    public TailoredLineBreakEnumerator Enumerate(ReadOnlySpan<char> text) => new(this, text);

    /// <summary>
    /// Writes the tailored opportunities of <paramref name="text"/> in order into
    /// <paramref name="opportunities"/> and returns how many there are; a span as long as the text always suffices.
    /// </summary>
    public int Find(ReadOnlySpan<char> text, Span<LineBreakOpportunity> opportunities)
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

    /// <summary>What an opportunity of the untailored algorithm becomes, or null where the tailoring removes it.</summary>
    internal BreakKind? Tailor(ReadOnlySpan<char> text, LineBreakOpportunity opportunity)
    {
        if (opportunity.IsMandatory) return BreakKind.Mandatory;
        var at = opportunity.Index;
        Rune.DecodeLastFromUtf16(text[..at], out var before, out _);
        if (Rune.IsWhiteSpace(before) || before.Value == ZeroWidthSpace)
            return HoldsNextWord(text, at) ? null : BreakKind.Allowed;
        Rune.DecodeFromUtf16(text[at..], out var after, out _);
        if (LineBreakProperties.Of(before.Value).IsEastAsianWide || LineBreakProperties.Of(after.Value).IsEastAsianWide)
            return BreakKind.Allowed;
        return before.Value is '/' or '-' ? BreakKind.InsideLongWord : null;
    }

    private const int ZeroWidthSpace = 0x200B;

    /// <summary>Whether the word before the spaces that end at <paramref name="at"/> is one the language keeps with the next.</summary>
    private bool HoldsNextWord(ReadOnlySpan<char> text, int at)
    {
        if (_noBreakAfter.Count == 0) return false;
        var end = at;
        while (end > 0 && Rune.DecodeLastFromUtf16(text[..end], out var rune, out var length) == System.Buffers.OperationStatus.Done
               && (Rune.IsWhiteSpace(rune) || rune.Value == ZeroWidthSpace))
            end -= length;
        var start = WordStart(text, end);
        return start < end && _noBreakAfterLookup.Contains(text[start..end]);
    }

    /// <summary>Where the run of letters and marks that ends at <paramref name="end"/> starts.</summary>
    private static int WordStart(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && Rune.DecodeLastFromUtf16(text[..start], out var rune, out var length) == System.Buffers.OperationStatus.Done
               && (Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
            start -= length;
        return start;
    }
}
