using System.Globalization;
using System.Text;

namespace Leaflet.Routing;

/// <summary>
/// URL text as the URL standard treats it, on plain strings: escaping for the URLs the build writes,
/// and the parsing steps the link checker needs for the URLs it reads.
/// </summary>
public static class UrlText
{
    /// <summary>
    /// Escapes only what a URL cannot carry raw (spaces, '%', '#', quotes, angle brackets), so
    /// a fragment such as "лечение-красных-точек" stays readable in the page source.
    /// </summary>
    public static string EscapeFragment(string fragment)
    {
        var text = new StringBuilder(fragment.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in fragment.EnumerateRunes())
        {
            var mustEscape = rune.Value < 0x21 || rune.Value == 0x7F || "\"#%<>`".Contains((char)rune.Value) || Rune.IsWhiteSpace(rune);
            if (!mustEscape)
            {
                text.Append(rune.ToString());
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length]) text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>
    /// Strips leading and trailing C0 controls and spaces and removes every tab and newline,
    /// as the URL parser does before anything else; an href split over lines still works in a browser.
    /// </summary>
    public static string Clean(string raw)
    {
        // C0 controls and space are exactly the characters up to U+0020.
        var start = 0;
        var end = raw.Length;
        while (start < end && raw[start] <= ' ') start++;
        while (end > start && raw[end - 1] <= ' ') end--;
        var trimmed = raw[start..end];
        return trimmed.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? trimmed
            : trimmed.Replace("\t", "").Replace("\n", "").Replace("\r", "");
    }

    /// <summary>The scheme in lower case with its colon ("mailto:"), or null for a relative reference.</summary>
    public static string? SchemeOf(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return null;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return url[..(i + 1)].ToLowerInvariant();
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return null;
    }

    /// <summary>Percent-decodes to UTF-8 bytes and decodes those, leaving malformed escapes as they are.</summary>
    public static string PercentDecode(string text)
    {
        if (!text.Contains('%')) return text;
        var bytes = Encoding.UTF8.GetBytes(text);
        var decoded = new byte[bytes.Length];
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]))
            {
                decoded[length++] = (byte)(HexValue(bytes[i + 1]) * 16 + HexValue(bytes[i + 2]));
                i += 2;
            }
            else decoded[length++] = bytes[i];
        }
        return Encoding.UTF8.GetString(decoded, 0, length);
    }

    /// <summary>A fragment as the URL parser stores it: non-ASCII as UTF-8 escapes, and space, '"', '&lt;', '&gt;', '`'.</summary>
    public static string SerializeFragment(string fragment)
    {
        var builder = new StringBuilder(fragment.Length);
        foreach (var b in Encoding.UTF8.GetBytes(fragment))
        {
            if (b <= 0x20 || b >= 0x7F || b is (byte)'"' or (byte)'<' or (byte)'>' or (byte)'`') builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else builder.Append((char)b);
        }
        return builder.ToString();
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
