using System.Globalization;
using System.Text;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// The ToUnicode CMap of an Identity-H font: two-byte codes (the glyph numbers) to UTF-16BE text,
/// one bfchar entry per mapped glyph; the destination may hold several characters (a ligature or
/// a conjunct) or none (a glyph that stands for no character). At most 100 entries per block, as
/// the CMap format requires.
/// </summary>
internal static class ToUnicodeCMap
{
    public static string Write(IEnumerable<(ushort Glyph, string Text)> entries)
    {
        var mapped = entries.ToList();
        var cmap = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """.Replace("\r\n", "\n"));
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var block = mapped.Skip(start).Take(100).ToList();
            cmap.Append(CultureInfo.InvariantCulture, $"{block.Count} beginbfchar\n");
            foreach (var (glyph, text) in block)
                cmap.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend");
        return cmap.ToString();
    }
}
