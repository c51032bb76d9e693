using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// The order a run's glyphs are written to the content stream in. Readers that take the text in
/// content order and ignore /ActualText (PdfPig, many copy-paste paths) read each glyph's ToUnicode
/// text one after another, so within each cluster of a left-to-right run the glyphs that stand for
/// characters (<see cref="GlyphCharacters"/>) are written in the order of their first characters,
/// in the places such glyphs hold in drawing order; glyphs that stand for none keep their places.
/// "कि" is written क then ि, though HarfBuzz draws the ि first. Each glyph is still drawn at its
/// own shaped position. Right-to-left runs are written in drawing order, which readers reverse.
/// </summary>
internal static class ContentOrder
{
    /// <summary>Indexes into the run's glyphs, in the order to write them.</summary>
    public static int[] Of(GlyphRun run) => Of(run, null);

    /// <param name="clusters">The run's <see cref="ClusterText.Of"/>, found here when null and needed.</param>
    public static int[] Of(GlyphRun run, IReadOnlyList<ClusterText>? clusters)
    {
        var order = new int[run.Glyphs.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        if (run.RightToLeft || !SharesACluster(run)) return order;
        foreach (var cluster in clusters ?? ClusterText.Of(run))
        {
            if (cluster.Glyphs.Count < 2) continue;
            var assigned = GlyphCharacters.Of(run.Font, cluster.GlyphIds(run), cluster.Text);
            var places = Enumerable.Range(0, assigned.Length).Where(g => assigned[g].Start >= 0).ToList();
            var logical = places.OrderBy(g => assigned[g].Start).ToList();
            for (var p = 0; p < places.Count; p++) order[cluster.Glyphs[places[p]]] = cluster.Glyphs[logical[p]];
        }
        return order;
    }

    /// <summary>HarfBuzz's cluster values rise through a left-to-right run, so a cluster's glyphs are neighbours.</summary>
    private static bool SharesACluster(GlyphRun run)
    {
        for (var i = 1; i < run.Glyphs.Length; i++)
            if (run.Glyphs[i].Cluster == run.Glyphs[i - 1].Cluster) return true;
        return false;
    }
}
