using System.Text.Json;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>The glyph numbers a page's TJ arrays show (as PdfPig parses the content), and hb-shape's for comparison.</summary>
public static class DrawnGlyphs
{
    /// <summary>Each text object's font resource name and its two-byte codes, in content order.</summary>
    public static List<(string Font, List<int> Glyphs)> Of(byte[] pdf, int page = 1)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var shown = new List<(string, List<int>)>();
        var font = "";
        foreach (var operation in document.GetPage(page).Operations)
        {
            if (operation is SetFontAndSize set) font = set.Font.Data;
            if (operation is not ShowTextsWithPositioning tj) continue;
            var glyphs = new List<int>();
            foreach (var token in tj.Array)
            {
                if (token is not HexToken hex) continue;
                var bytes = hex.Bytes.ToArray();
                for (var i = 0; i + 1 < bytes.Length; i += 2) glyphs.Add(bytes[i] << 8 | bytes[i + 1]);
            }
            shown.Add((font, glyphs));
        }
        return shown;
    }

    /// <summary>
    /// hb-shape's glyph numbers, advances, x offsets and clusters (in UTF-8 bytes) for the text, in
    /// its output (visual) order.
    /// </summary>
    public static List<(int Glyph, int Advance, int XOffset, int Cluster)> HbShape(string fontPath, string text)
    {
        var (exit, output, error) = ExternalTool.Run("hb-shape", "--output-format=json", "--no-glyph-names", fontPath, text);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.EnumerateArray().Select(g =>
            (g.GetProperty("g").GetInt32(), g.GetProperty("ax").GetInt32(), g.GetProperty("dx").GetInt32(), g.GetProperty("cl").GetInt32()))];
    }

    /// <summary>
    /// The glyph numbers of each cluster of a left-to-right run (whose clusters are neighbours), in
    /// drawing order, each cluster's glyphs sorted: what glyphs are written in whatever order each
    /// cluster's are written in.
    /// </summary>
    public static List<List<int>> PerCluster(IEnumerable<(int Glyph, int Advance, int XOffset, int Cluster)> shaped) =>
        [.. shaped.GroupBy(g => g.Cluster).Select(c => c.Select(g => g.Glyph).Order().ToList())];

    /// <summary>The glyphs drawn cut into groups the sizes of <paramref name="clusters"/>', each group sorted.</summary>
    public static List<List<int>> CutLike(IReadOnlyList<int> drawn, IEnumerable<List<int>> clusters)
    {
        var at = 0;
        var groups = new List<List<int>>();
        foreach (var cluster in clusters)
        {
            groups.Add([.. drawn.Skip(at).Take(cluster.Count).Order()]);
            at += cluster.Count;
        }
        Assert.Equal(drawn.Count, at);
        return groups;
    }
}
