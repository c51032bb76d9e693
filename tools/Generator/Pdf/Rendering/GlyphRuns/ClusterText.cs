using Leaflet.Pdf.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// One cluster of a run in reading order: its glyphs (indexes into the run, in reading order) and
/// its text, the run's characters [<see cref="Start"/>, <see cref="End"/>) from its cluster value
/// up to the next cluster's. The text is a view of the run's; <see cref="Text"/> copies it.
/// </summary>
internal readonly record struct ClusterText(ArraySegment<int> Glyphs, string RunText, int Start, int End)
{
    public ReadOnlySpan<char> Span => RunText.AsSpan(Start, End - Start);

    public string Text => RunText.Substring(Start, End - Start);

    public int Length => End - Start;

    /// <summary>The glyph numbers of the cluster's glyphs, in reading order.</summary>
    public ushort[] GlyphIds(GlyphRun run)
    {
        var ids = new ushort[Glyphs.Count];
        for (var g = 0; g < ids.Length; g++) ids[g] = run.Glyphs[Glyphs[g]].GlyphId;
        return ids;
    }

    /// <summary>The run's clusters in order of their cluster values, each cluster's glyphs in reading order.</summary>
    public static IReadOnlyList<ClusterText> Of(GlyphRun run)
    {
        var count = run.Glyphs.Length;
        var keys = new int[count];
        var order = new int[count];
        for (var r = 0; r < count; r++)
        {
            // Reading order is drawing order for left-to-right runs and its reverse for right-to-left ones.
            var i = run.RightToLeft ? count - 1 - r : r;
            order[r] = i;
            keys[r] = Key(run, i);
        }
        // A stable sort by cluster value keeps each cluster's glyphs in reading order.
        if (!IsSorted(keys)) StableSort(keys, order);
        var clusters = 0;
        for (var r = 0; r < count; r++)
            if (r == 0 || keys[r] != keys[r - 1]) clusters++;
        var firsts = new int[clusters + 1];
        for (int r = 0, c = 0; r < count; r++)
            if (r == 0 || keys[r] != keys[r - 1]) firsts[c++] = r;
        firsts[clusters] = count;
        return new Clusters(run, order, firsts);
    }

    private static int Key(GlyphRun run, int glyph) => Math.Clamp(run.Glyphs[glyph].Cluster, 0, run.Text.Length);

    /// <summary>
    /// A run's clusters without one object each: the glyphs in cluster order, and where each
    /// cluster's glyphs begin among them (one entry more than there are clusters).
    /// </summary>
    private sealed class Clusters(GlyphRun run, int[] order, int[] firsts) : IReadOnlyList<ClusterText>
    {
        public int Count => firsts.Length - 1;

        public ClusterText this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                var first = firsts[index];
                var next = firsts[index + 1];
                var end = index + 1 < Count ? Key(run, order[next]) : run.Text.Length;
                return new ClusterText(new ArraySegment<int>(order, first, next - first), run.Text, Key(run, order[first]), end);
            }
        }

        public IEnumerator<ClusterText> GetEnumerator()
        {
            for (var c = 0; c < Count; c++) yield return this[c];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// True when the Unicode map alone gives the run's text in reading order: one glyph per cluster,
    /// the glyphs in reading order for a left-to-right run and in its reverse, visual order, for a
    /// right-to-left one (which is what readers reorder), and each glyph mapped to exactly its
    /// cluster's text (so a ligature such as "ff", one glyph for two letters, needs nothing more).
    /// Otherwise (conjuncts, reordered marks, a glyph mapped to other text elsewhere) text
    /// extraction needs the run's /ActualText.
    /// </summary>
    public static bool OneToOne(GlyphRun run, IReadOnlyList<ClusterText> clusters, Func<ushort, string?> mapped)
    {
        if (clusters.Count != run.Glyphs.Length) return false;
        for (var i = 0; i < clusters.Count; i++)
        {
            var drawn = run.RightToLeft ? run.Glyphs.Length - 1 - i : i;
            if (clusters[i].Glyphs[0] != drawn || !clusters[i].MapsToItsText(run, mapped)) return false;
        }
        return true;
    }

    /// <summary>
    /// The cluster's first glyph alone gives its text through the Unicode map: the text is one
    /// character, whose glyph maps to it, or the glyph is mapped to exactly the text (a ligature).
    /// </summary>
    public bool MapsToItsText(GlyphRun run, Func<ushort, string?> mapped)
    {
        var text = Span;
        var single = text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));
        return single || (mapped(run.Glyphs[Glyphs[0]].GlyphId) is { } map && map.AsSpan().SequenceEqual(text));
    }

    private static bool IsSorted(int[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
            if (keys[i] < keys[i - 1]) return false;
        return true;
    }

    /// <summary>Insertion sort: stable, and a run's glyphs are nearly in cluster order already.</summary>
    private static void StableSort(int[] keys, int[] values)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var value = values[i];
            var j = i - 1;
            for (; j >= 0 && keys[j] > key; j--)
            {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
            }
            keys[j + 1] = key;
            values[j + 1] = value;
        }
    }
}
