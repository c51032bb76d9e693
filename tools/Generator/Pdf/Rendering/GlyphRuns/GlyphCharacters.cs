using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// The characters one glyph of a cluster stands for. <see cref="Start"/> is the UTF-16 offset in
/// the cluster's text of the first of them, -1 when the glyph stands for none (a dummy mark, a
/// glyph whose characters another glyph took). <see cref="Nominal"/> when the glyph is the font's
/// own cmap glyph for its one character; otherwise it holds the characters no such glyph took.
/// </summary>
internal readonly record struct GlyphCharacters(int Start, string Text, bool Nominal)
{
    private static readonly GlyphCharacters None = new(-1, "", false);

    /// <summary>
    /// Each glyph of a cluster, in the order given, with the characters it stands for: a glyph that
    /// is the font's cmap glyph for one of the cluster's characters stands for the first such
    /// character not taken yet; the characters left go together to the first glyph left (a virama
    /// folded into a half form, a matra drawn as one of the font's width variants); any other glyph
    /// stands for none.
    /// </summary>
    public static GlyphCharacters[] Of(FontFace face, IReadOnlyList<ushort> glyphs, string text)
    {
        var characters = new List<(int Start, int Length, int CodePoint)>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var pair = char.IsSurrogatePair(text, i);
            characters.Add((i, pair ? 2 : 1, pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i]));
            i += pair ? 2 : 1;
        }
        var result = new GlyphCharacters[glyphs.Count];
        Array.Fill(result, None);
        for (var g = 0; g < glyphs.Count; g++)
        {
            var nominal = -1;
            for (var c = 0; c < characters.Count && nominal < 0; c++)
                if (face.GlyphOf(characters[c].CodePoint) == glyphs[g]) nominal = c;
            if (nominal < 0) continue;
            var (start, length, _) = characters[nominal];
            result[g] = new GlyphCharacters(start, text.Substring(start, length), Nominal: true);
            characters.RemoveAt(nominal);
        }
        var rest = Array.IndexOf(result, None);
        if (rest >= 0 && characters.Count > 0)
        {
            var left = new System.Text.StringBuilder(text.Length);
            foreach (var (start, length, _) in characters) left.Append(text, start, length);
            result[rest] = new GlyphCharacters(characters[0].Start, left.ToString(), Nominal: false);
        }
        return result;
    }
}
