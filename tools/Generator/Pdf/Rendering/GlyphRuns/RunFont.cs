using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// One face as the document's glyph runs use it: the glyphs drawn (what its subset keeps and its
/// /W lists) and the text each glyph stands for (its ToUnicode entry). A glyph that forms a cluster
/// alone maps to that cluster's text; in a cluster of several glyphs, each glyph maps to the
/// characters it stands for (<see cref="GlyphCharacters"/>), the glyphs taken in reading order. The
/// first text seen for a glyph wins, a nominal one over a left-over one; such runs also carry /ActualText.
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

    /// <summary>Empty for a glyph drawn that stands for no character (a dummy mark), so readers add nothing for it.</summary>
    public string? TextOf(ushort glyph) =>
        _alone.GetValueOrDefault(glyph) ?? _shared.GetValueOrDefault(glyph) ?? (_glyphs.Contains(glyph) ? "" : null);

    /// <param name="clusters">The run's <see cref="ClusterText.Of"/>.</param>
    public void Add(GlyphRun run, IReadOnlyList<ClusterText> clusters)
    {
        foreach (var cluster in clusters)
        {
            foreach (var index in cluster.Glyphs) _glyphs.Add(run.Glyphs[index].GlyphId);
            if (cluster.Length == 0) continue;
            if (cluster.Glyphs.Count == 1)
            {
                var glyph = run.Glyphs[cluster.Glyphs[0]].GlyphId;
                if (!_alone.ContainsKey(glyph)) _alone.Add(glyph, cluster.Text);
            }
            else Distribute(cluster.GlyphIds(run), cluster.Text);
        }
    }

    private void Distribute(ushort[] glyphs, string text)
    {
        var assigned = GlyphCharacters.Of(face, glyphs, text);
        for (var g = 0; g < glyphs.Length; g++)
        {
            if (assigned[g].Start < 0) continue;
            if (assigned[g].Nominal) _alone.TryAdd(glyphs[g], assigned[g].Text);
            else _shared.TryAdd(glyphs[g], assigned[g].Text);
        }
    }
}
