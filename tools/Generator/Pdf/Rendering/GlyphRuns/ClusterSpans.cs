using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// The clusters of a right-to-left run that need their own /ActualText: those that are not one
/// glyph mapped to exactly their text (a letter with its marks, a ligature mapped elsewhere).
/// Each such cluster's glyphs are neighbours in drawing order, which is the order they are written in.
/// </summary>
internal sealed class ClusterSpans
{
    private readonly int[] _clusterOf;

    private ClusterSpans(int[] clusterOf) => _clusterOf = clusterOf;

    /// <summary>The spans of the run; null when a cluster's glyphs are not neighbours, which no span can cover.</summary>
    public static ClusterSpans? Of(GlyphRun run, IReadOnlyList<ClusterText> clusters, Func<ushort, string?> mapped)
    {
        var clusterOf = new int[run.Glyphs.Length];
        Array.Fill(clusterOf, -1);
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            if (cluster.Glyphs.Count == 1 && cluster.MapsToItsText(run, mapped)) continue;
            int first = int.MaxValue, last = -1;
            foreach (var glyph in cluster.Glyphs)
            {
                first = Math.Min(first, glyph);
                last = Math.Max(last, glyph);
                clusterOf[glyph] = c;
            }
            if (last - first + 1 != cluster.Glyphs.Count) return null;
        }
        return new ClusterSpans(clusterOf);
    }

    /// <summary>The cluster whose span holds the glyph, or -1 when the glyph needs none.</summary>
    public int ClusterOf(int glyph) => _clusterOf[glyph];

    /// <summary>The glyph is the first of its span in drawing order.</summary>
    public bool StartsAt(int glyph) => glyph == 0 || _clusterOf[glyph - 1] != _clusterOf[glyph];

    /// <summary>The glyph is the last of its span in drawing order.</summary>
    public bool EndsAt(int glyph) => glyph == _clusterOf.Length - 1 || _clusterOf[glyph + 1] != _clusterOf[glyph];
}
