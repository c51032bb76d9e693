namespace Leaflet.Content;

/// <summary>
/// A piece of a .NET custom date pattern: a field ("dddd", "MMMM", "yyyy"), a quoted or escaped
/// literal ("'г.'", "\\d"), or one literal character (",", "،", " ").
/// </summary>
public readonly record struct DatePatternToken(string Text, bool IsField)
{
    private const string FieldLetters = "dfFghHKmMstyz";

    /// <summary>Commas of the scripts ICU's patterns use between a weekday and a date, and spaces.</summary>
    private const string Commas = ",،、，፣၊⹁";

    public bool IsWeekday => IsField && Text[0] == 'd' && Text.Length >= 3;

    /// <summary>A literal of nothing but spaces and commas, quoted or not.</summary>
    public bool IsSeparator => !IsField && Text.Trim('\'', '"', '\\').All(c => char.IsWhiteSpace(c) || Commas.Contains(c));

    public static IEnumerable<DatePatternToken> Split(string pattern)
    {
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            var start = i;
            if (FieldLetters.Contains(c))
            {
                while (i < pattern.Length && pattern[i] == c) i++;
                yield return new DatePatternToken(pattern[start..i], IsField: true);
            }
            else if (c is '\'' or '"')
            {
                i = pattern.IndexOf(c, i + 1) is var close and >= 0 ? close + 1 : pattern.Length;
                yield return new DatePatternToken(pattern[start..i], IsField: false);
            }
            else
            {
                i += c == '\\' && i + 1 < pattern.Length ? 2 : 1;
                yield return new DatePatternToken(pattern[start..i], IsField: false);
            }
        }
    }
}
