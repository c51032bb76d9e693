using System.Buffers.Binary;
using System.Text;

namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>Just enough of a TrueType file to compare glyphs: count, advances, outlines and composite components.</summary>
public sealed class TrueTypeGlyphs(byte[] data)
{
    private readonly Dictionary<string, int> _tables = Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4)))
        .ToDictionary(i => Encoding.ASCII.GetString(data, 12 + 16 * i, 4), i => (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(12 + 16 * i + 8)));

    public int Count => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(_tables["maxp"] + 4));

    public bool HasTable(string tag) => _tables.ContainsKey(tag);

    public int Advance(int glyph)
    {
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(_tables["hhea"] + 34));
        return BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(_tables["hmtx"] + 4 * Math.Min(glyph, longMetrics - 1)));
    }

    public bool HasOutline(int glyph) => Outline(glyph).Length > 0;

    /// <summary>The glyphs a composite glyph is built from (none for a simple glyph).</summary>
    public IReadOnlyList<int> Components(int glyph)
    {
        var outline = Outline(glyph);
        var components = new List<int>();
        if (outline.Length == 0 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0) return components;
        for (var at = 10; ;)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(outline[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(outline[(at + 2)..]));
            at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
            if ((flags & 0x20) == 0) return components;
        }
    }

    private ReadOnlySpan<byte> Outline(int glyph)
    {
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(_tables["head"] + 50)) != 0;
        var loca = data.AsSpan(_tables["loca"]);
        var (start, end) = longLoca
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph + 4)..]))
            : (2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]), 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph + 2)..]));
        return data.AsSpan(_tables["glyf"] + start, end - start);
    }
}
