using System.Text;
using System.Text.RegularExpressions;

namespace Leaflet.Tests.Support;

/// <summary>
/// Splits a plain-text source into sentences and puts text into one comparable form, so that a
/// leaflet is checked for its words and not for typography the Markdown was allowed to improve.
/// </summary>
public static partial class Sentences
{
    /// <summary>
    /// Sentences of a plain-text file: each line is a block (list markers such as "1." or "•" at its
    /// start dropped), and a block splits after '.', '?' or '!' followed by a space.
    /// </summary>
    public static IReadOnlyList<string> Of(string text) =>
        text.Replace("\r\n", "\n").Split('\n')
            .Select(line => ListMarker().Replace(line, ""))
            .Select(Normalise)
            .Where(line => line.Length > 0)
            .SelectMany(line => SentenceEnd().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();

    /// <summary>
    /// One form for comparison: every run of white space one space (line breaks kept), the hyphen,
    /// en dash and em dash one dash, a dash standing between words spaced on both sides (the source
    /// writes "hemangiomas- the", the leaflet "hemangiomas — the"), and straight and curly double
    /// quotes one quote. Letters and case are left alone.
    /// </summary>
    public static string Normalise(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(line =>
        {
            var t = Space().Replace(line, " ");
            t = t.Replace('–', '-').Replace('—', '-');
            t = SpacedDash().Replace(t, " - ");
            t = t.Replace('“', '"').Replace('”', '"');
            return t.Trim();
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^\s*(\d+\.|[•*-])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[^\S\n]+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\s*-\s+|\s+-\s*")]
    private static partial Regex SpacedDash();
}
