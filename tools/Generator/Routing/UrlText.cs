using System.Globalization;
using System.Text;

namespace Leaflet.Routing;

public static class UrlText
{
    /// <summary>
    /// Escapes only what a URL cannot carry raw (spaces, '%', '#', quotes, angle brackets), so
    /// a fragment such as "лечение-новообразований" stays readable in the page source.
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
}
