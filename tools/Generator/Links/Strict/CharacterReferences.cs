using System.Globalization;
using System.Text;

namespace Leaflet.Links.Strict;

/// <summary>
/// The character references the strict scanner resolves in attribute values: the five that
/// escaping writes (&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos;) and numeric ones that stand for
/// an ordinary character, each ended by ';'. Anything else in the standard's long list (a name
/// without ';', a control character, a number the parser replaces) sends the page to AngleSharp.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>Longer than any number an accepted reference can hold (&amp;#x10FFFF;), short enough not to overflow.</summary>
    private const int MaxDigits = 8;

    /// <returns>The value with its references resolved, or null when one is not of the accepted kinds.</returns>
    public static string? Decode(ReadOnlySpan<char> value)
    {
        var text = new StringBuilder(value.Length);
        while (true)
        {
            var amp = value.IndexOf('&');
            if (amp < 0) return text.Append(value).ToString();
            text.Append(value[..amp]);
            value = value[(amp + 1)..];
            var semicolon = value.IndexOf(';');
            if (semicolon < 0 || Resolve(value[..semicolon]) is not { } character) return null;
            text.Append(character);
            value = value[(semicolon + 1)..];
        }
    }

    private static string? Resolve(ReadOnlySpan<char> reference) => reference switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        ['#', 'x' or 'X', .. var hex] => Character(hex, NumberStyles.AllowHexSpecifier),
        ['#', .. var digits] => Character(digits, NumberStyles.None),
        _ => null,
    };

    private static string? Character(ReadOnlySpan<char> digits, NumberStyles style)
    {
        if (digits.Length is 0 or > MaxDigits || !int.TryParse(digits, style, CultureInfo.InvariantCulture, out var code))
            return null;
        return IsOrdinary(code) ? char.ConvertFromUtf32(code) : null;
    }

    /// <summary>
    /// Not one the parser replaces or flags: NUL, controls (and the C1 range it maps to Windows-1252),
    /// surrogates, noncharacters, and numbers beyond Unicode.
    /// </summary>
    private static bool IsOrdinary(int code) =>
        code is (>= 0x20 and < 0x7F) or (>= 0xA0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF)
        && code is not (>= 0xFDD0 and <= 0xFDEF)
        && (code & 0xFFFE) != 0xFFFE;
}
