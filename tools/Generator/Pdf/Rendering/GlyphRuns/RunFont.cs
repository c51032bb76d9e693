using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// One face as the document's glyph runs use it: the glyphs drawn (what its subset keeps and its
/// /W lists) and the text each glyph stands for (its ToUnicode entry). A glyph that forms a cluster
/// alone maps to that cluster's text; in a cluster of several glyphs, a glyph that is the font's
/// own glyph for one of the cluster's characters maps to that character, and the characters left
/// (a virama folded into a half form, say) go to the first glyph left, in reading order. The first
/// text seen for a glyph wins, an exact one over a left-over one; such runs also carry /ActualText.
/// </summary>
internal sealed class RunFont(FontFace face, string resourceName)
{
    private readonly SortedSet<ushort> _glyphs = [];
    private readonly Dictionary<ushort, string> _alone = [];
    private readonly Dictionary<ushort, string> _shared = [];

    public FontFace Face => face;

    /// <summary>The name the pages' /Font resources give it, such as "/R0".</summary>
    public string ResourceName => resourceName;

    public IReadOnlyCollection<ushort> Glyphs => _glyphs;

    /// <summary>The glyph's advance from 'hmtx' in 1/1000 em: its /W width, which TJ adjustments are relative to.</summary>
    public double Width(ushort glyph) =>
        Math.Round(face.AdvanceOf(glyph) * 1000.0 / face.UnitsPerEm, 3, MidpointRounding.AwayFromZero);

    public string? TextOf(ushort glyph) => _alone.GetValueOrDefault(glyph) ?? _shared.GetValueOrDefault(glyph);

    public void Add(GlyphRun run)
    {
        foreach (var cluster in ClusterText.Of(run))
        {
            foreach (var index in cluster.Glyphs) _glyphs.Add(run.Glyphs[index].GlyphId);
            if (cluster.Text.Length == 0) continue;
            if (cluster.Glyphs.Count == 1) _alone.TryAdd(run.Glyphs[cluster.Glyphs[0]].GlyphId, cluster.Text);
            else Distribute([.. cluster.Glyphs.Select(i => run.Glyphs[i].GlyphId)], cluster.Text);
        }
    }

    private void Distribute(ushort[] glyphs, string text)
    {
        var characters = new List<string>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            characters.Add(text.Substring(i, char.IsSurrogatePair(text, i) ? 2 : 1));
        var matched = new bool[glyphs.Length];
        for (var g = 0; g < glyphs.Length; g++)
        {
            var nominal = characters.FindIndex(c => face.GlyphOf(char.ConvertToUtf32(c, 0)) == glyphs[g]);
            if (nominal < 0) continue;
            _alone.TryAdd(glyphs[g], characters[nominal]);
            characters.RemoveAt(nominal);
            matched[g] = true;
        }
        var rest = Array.IndexOf(matched, false);
        if (rest >= 0 && characters.Count > 0) _shared.TryAdd(glyphs[rest], string.Concat(characters));
    }
}
