using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// A run's glyphs grouped by cluster in reading order: each cluster's glyphs (indexes into the
/// run, in reading order) and the text from its cluster value up to the next cluster's.
/// </summary>
internal sealed record ClusterText(IReadOnlyList<int> Glyphs, string Text)
{
    public static IReadOnlyList<ClusterText> Of(GlyphRun run)
    {
        var order = Enumerable.Range(0, run.Glyphs.Length);
        // Reading order is drawing order for left-to-right runs and its reverse for right-to-left ones.
        if (run.RightToLeft) order = order.Reverse();
        var clusters = order.GroupBy(i => Math.Clamp(run.Glyphs[i].Cluster, 0, run.Text.Length)).OrderBy(g => g.Key).ToList();
        var result = new List<ClusterText>(clusters.Count);
        for (var c = 0; c < clusters.Count; c++)
        {
            var start = clusters[c].Key;
            var end = c + 1 < clusters.Count ? clusters[c + 1].Key : run.Text.Length;
            result.Add(new ClusterText([.. clusters[c]], run.Text[start..end]));
        }
        return result;
    }

    /// <summary>
    /// True when the Unicode map alone gives the run's text in reading order: one glyph per cluster,
    /// the glyphs in reading order for a left-to-right run and in its reverse, visual order, for a
    /// right-to-left one (which is what readers reorder), and each glyph mapped to exactly its
    /// cluster's text (so a ligature such as "ff", one glyph for two letters, needs nothing more).
    /// Otherwise (conjuncts, reordered marks, a glyph mapped to other text elsewhere) text
    /// extraction needs the run's /ActualText.
    /// </summary>
    public static bool OneToOne(GlyphRun run, Func<ushort, string?> mapped)
    {
        var clusters = Of(run);
        if (clusters.Count != run.Glyphs.Length) return false;
        for (var i = 0; i < clusters.Count; i++)
        {
            var text = clusters[i].Text;
            var drawn = run.RightToLeft ? run.Glyphs.Length - 1 - i : i;
            if (clusters[i].Glyphs[0] != drawn) return false;
            var single = text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));
            if (!single && mapped(run.Glyphs[drawn].GlyphId) != text) return false;
        }
        return true;
    }
}
