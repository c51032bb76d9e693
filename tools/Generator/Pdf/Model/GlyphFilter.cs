using System.Text;
using Leaflet.Diagnostics;
using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Model;

/// <summary>
/// Keeps out of the PDF every character no font of its style's fallback chain can draw,
/// reporting each one once per style as an error (LF4001) rather than printing an empty box.
/// </summary>
public sealed class GlyphFilter(FontChains fonts, string file, List<Diagnostic> diagnostics)
{
    private readonly HashSet<(int, FontStyle)> _reported = [];

    public string Filter(string text, FontStyle style, int line, int column = 0)
    {
        var chain = fonts[style];
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            var codePoint = length == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (char.IsControl(text, i) || chain.CanDraw(codePoint))
            {
                kept?.Append(text, i, length);
            }
            else
            {
                kept ??= new StringBuilder(text, 0, i, text.Length);
                Report(codePoint, style, chain, line, column == 0 ? 0 : column + i);
            }
            i += length - 1;
        }
        return kept?.ToString() ?? text;
    }

    private void Report(int codePoint, FontStyle style, FontChain chain, int line, int column)
    {
        if (!_reported.Add((codePoint, style))) return;
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.MissingGlyph, file, line, column,
            $"The character '{char.ConvertFromUtf32(codePoint)}' (U+{codePoint:X4}) cannot be drawn with {chain.Description}; the PDF leaves it out."));
    }
}
