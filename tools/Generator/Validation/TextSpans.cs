namespace Leaflet.Validation;

/// <summary>A stretch of a text: where it starts and how many characters it holds.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>
/// Sentences and words as the readability score and the plain-language checks count them, in any
/// script: a sentence ends at '.', '!', '?', '…' or the Arabic script's '؟' and '۔' followed by a space
/// or the end of the text; a word is a run of letters and digits, with apostrophes and hyphens inside it.
/// </summary>
public static class TextSpans
{
    public static IEnumerable<TextSpan> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…' or '؟' or '۔')) continue;
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) continue;
            yield return new TextSpan(start, i + 1 - start);
            start = i + 1;
        }
        if (start < text.Length) yield return new TextSpan(start, text.Length - start);
    }

    public static IEnumerable<TextSpan> Words(string text, TextSpan within)
    {
        var start = -1;
        for (var i = within.Start; i <= within.End; i++)
        {
            var c = i < within.End ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || (start >= 0 && c is '\'' or '’' or '-'))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                yield return new TextSpan(start, i - start);
                start = -1;
            }
        }
    }
}
