namespace Leaflet.Pdf.PostSave;

/// <summary>
/// Reads the entries of a dictionary in a saved PDF without taking a string, a nested dictionary
/// or an array for an entry of its own: a value is skipped by its syntax (ISO 32000-1, 7.3), so a
/// key is only ever found at the dictionary's own level.
/// </summary>
internal static class PdfDictionary
{
    /// <summary>
    /// Where the value of <paramref name="key"/> (such as "/NM") starts in <paramref name="text"/>, which
    /// starts with the dictionary's "&lt;&lt;", and how long it is; false when the dictionary has no such entry.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<byte> text, ReadOnlySpan<byte> key, out int start, out int length)
    {
        start = length = 0;
        if (!text.StartsWith("<<"u8)) return false;
        var at = 2;
        while (true)
        {
            at = SkipSpace(text, at);
            if (at >= text.Length || text[at] != '/') return false;
            var name = at;
            at = SkipValue(text, at);
            var isKey = text[name..at].SequenceEqual(key);
            var value = SkipSpace(text, at);
            at = SkipValue(text, value);
            if (at < 0) return false;
            if (isKey)
            {
                (start, length) = (value, at - value);
                return true;
            }
        }
    }

    /// <summary>The value of /Type when it is a name, without its '/'; empty otherwise.</summary>
    public static ReadOnlySpan<byte> Type(ReadOnlySpan<byte> text) =>
        TryFind(text, "/Type"u8, out var start, out var length) && text[start] == '/' ? text.Slice(start + 1, length - 1) : [];

    /// <summary>The index just after the value starting at <paramref name="at"/>, or -1 when the text ends inside it.</summary>
    private static int SkipValue(ReadOnlySpan<byte> text, int at)
    {
        if (at < 0 || at >= text.Length) return -1;
        switch (text[at])
        {
            case (byte)'(':
                for (int depth = 0, i = at; i < text.Length; i++)
                {
                    if (text[i] == '\\') i++;
                    else if (text[i] == '(') depth++;
                    else if (text[i] == ')' && --depth == 0) return i + 1;
                }
                return -1;
            case (byte)'<' when at + 1 < text.Length && text[at + 1] == '<':
                return Container(text, at + 2, ">>"u8);
            case (byte)'<':
                var close = text[at..].IndexOf((byte)'>');
                return close < 0 ? -1 : at + close + 1;
            case (byte)'[':
                return Container(text, at + 1, "]"u8);
            case (byte)'/':
                return Regular(text, at + 1);
            default:
                var end = Regular(text, at);
                if (end == at) return -1;
                return Reference(text, end) is var reference and > 0 ? reference : end;
        }
    }

    /// <summary>After "N" of "N G R": the index after the "R", or 0 when no generation and "R" follow.</summary>
    private static int Reference(ReadOnlySpan<byte> text, int at)
    {
        var generation = SkipSpace(text, at);
        var end = Regular(text, generation);
        if (end == generation || !char.IsAsciiDigit((char)text[generation])) return 0;
        var r = SkipSpace(text, end);
        return r < text.Length && text[r] == 'R' && Regular(text, r) == r + 1 ? r + 1 : 0;
    }

    private static int Container(ReadOnlySpan<byte> text, int at, ReadOnlySpan<byte> end)
    {
        while (true)
        {
            at = SkipSpace(text, at);
            if (at >= text.Length) return -1;
            if (text[at..].StartsWith(end)) return at + end.Length;
            at = SkipValue(text, at);
            if (at < 0) return -1;
        }
    }

    private static int Regular(ReadOnlySpan<byte> text, int at)
    {
        while (at < text.Length && !IsSpace(text[at]) && !IsDelimiter(text[at])) at++;
        return at;
    }

    private static int SkipSpace(ReadOnlySpan<byte> text, int at)
    {
        while (at < text.Length && IsSpace(text[at])) at++;
        return at;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
