using System.Globalization;
using HarfBuzzSharp;
using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Text;

/// <summary>
/// Splits a text of one style into items of one script and one font. The font is chosen per
/// grapheme cluster: the first face of the chain that has every character of the cluster.
/// Common and inherited characters (spaces, digits, punctuation, combining marks) take the
/// script of the character before them (or after, at the start) and stay in their neighbour's
/// font when it has them, so "(12)" inside Devanagari is not set in another font. A bidi pass
/// will split items further by embedding level; an item's direction then comes from its level.
/// </summary>
public static class Itemizer
{
    public static List<TextItem> Itemize(string text, FontChain chain)
    {
        if (chain.Faces.Length == 1) return ByScript(text, chain.Primary);
        var clusters = Clusters(text, chain);
        ResolveWeak(text, clusters, chain);
        var items = new List<TextItem>();
        var start = 0;
        for (var i = 1; i <= clusters.Count; i++)
        {
            if (i < clusters.Count && clusters[i].Font == clusters[start].Font && clusters[i].Script == clusters[start].Script) continue;
            var end = i < clusters.Count ? clusters[i].Start : text.Length;
            items.Add(new TextItem(clusters[start].Start, end - clusters[start].Start, clusters[start].Font!, clusters[start].Script!.Value));
            start = i;
        }
        return items;
    }

    /// <summary>
    /// One face: only the script splits, and grapheme clusters need not be found, as a weak
    /// character joins the item before it (or the first strong one, at the start).
    /// </summary>
    private static List<TextItem> ByScript(string text, FontFace face)
    {
        var items = new List<TextItem>(1);
        Script? current = null;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = CodePointAt(text, i);
            if (codePoint > 0xFFFF) i++;
            var script = ScriptOf(codePoint);
            if (script == Script.Common || script == Script.Inherited || script == Script.Unknown || script == current) continue;
            if (current is { } previous)
            {
                var at = codePoint > 0xFFFF ? i - 1 : i;
                items.Add(new TextItem(start, at - start, face, previous));
                start = at;
            }
            current = script;
        }
        items.Add(new TextItem(start, text.Length - start, face, current ?? Script.Common));
        return items;
    }

    private static List<Cluster> Clusters(string text, FontChain chain)
    {
        var clusters = new List<Cluster>();
        for (var i = 0; i < text.Length;)
        {
            var length = ClusterLength(text, i);
            var script = ScriptOf(CodePointAt(text, i));
            var weak = script == Script.Common || script == Script.Inherited || script == Script.Unknown;
            var font = weak ? null : FirstCovering(text.AsSpan(i, length), chain);
            clusters.Add(new Cluster(i, length, weak ? null : script, font));
            i += length;
        }
        return clusters;
    }

    /// <summary>Weak clusters take the previous cluster's script and, when it has them, its font; else the next strong cluster's.</summary>
    private static void ResolveWeak(string text, List<Cluster> clusters, FontChain chain)
    {
        var nextStrong = new int[clusters.Count];
        for (int i = clusters.Count - 1, next = -1; i >= 0; i--)
        {
            nextStrong[i] = next;
            if (clusters[i].Script is not null) next = i;
        }
        Script? previousScript = null;
        FontFace? previousFont = null;
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            if (cluster.Script is null || cluster.Font is null)
            {
                var next = cluster.Script is null ? nextStrong[i] : -1;
                var characters = text.AsSpan(cluster.Start, cluster.Length);
                var script = cluster.Script ?? previousScript ?? (next >= 0 ? clusters[next].Script : null) ?? Script.Common;
                var font = cluster.Font
                    ?? Covering(characters, previousFont)
                    ?? (next >= 0 ? Covering(characters, clusters[next].Font) : null)
                    ?? FirstCovering(characters, chain)
                    ?? previousFont
                    ?? chain.Primary;
                cluster = clusters[i] = cluster with { Script = script, Font = font };
            }
            previousScript = cluster.Script;
            previousFont = cluster.Font;
        }
    }

    private static FontFace? Covering(ReadOnlySpan<char> cluster, FontFace? font) =>
        font is not null && Covers(font, cluster) ? font : null;

    private static FontFace? FirstCovering(ReadOnlySpan<char> cluster, FontChain chain)
    {
        foreach (var face in chain.Faces)
        {
            if (Covers(face, cluster)) return face;
        }
        // No face has all of it: the one with its first character, so the base is drawn.
        var first = CodePointAt(cluster, 0);
        foreach (var face in chain.Faces)
        {
            if (face.CanDraw(first)) return face;
        }
        return null;
    }

    private static bool Covers(FontFace face, ReadOnlySpan<char> cluster)
    {
        for (var i = 0; i < cluster.Length; i++)
        {
            var codePoint = CodePointAt(cluster, i);
            if (codePoint > 0xFFFF) i++;
            if (!face.CanDraw(codePoint) && !IsDefaultIgnorable(codePoint)) return false;
        }
        return true;
    }

    /// <summary>Joiners and variation selectors shape away; a face need not map them.</summary>
    private static bool IsDefaultIgnorable(int codePoint) =>
        codePoint is 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F) or 0x034F;

    /// <summary>An extended grapheme cluster (UAX #29); two ASCII characters other than CR LF are always two.</summary>
    private static int ClusterLength(string text, int at)
    {
        if (text[at] < 0x80 && (at + 1 == text.Length || (text[at + 1] < 0x80 && text[at] != '\r'))) return 1;
        return StringInfo.GetNextTextElementLength(text.AsSpan(at));
    }

    private static int CodePointAt(ReadOnlySpan<char> text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
            ? char.ConvertToUtf32(text[at], text[at + 1])
            : text[at];

    private static Script ScriptOf(int codePoint)
    {
        if (codePoint < 0x80) return char.IsAsciiLetter((char)codePoint) ? Script.Latin : Script.Common;
        return UnicodeFunctions.Default.GetScript(codePoint);
    }

    /// <param name="Script">Null while weak (common or inherited).</param>
    /// <param name="Font">Null until chosen.</param>
    private readonly record struct Cluster(int Start, int Length, Script? Script, FontFace? Font);
}
