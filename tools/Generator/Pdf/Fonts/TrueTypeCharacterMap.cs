using System.Buffers.Binary;

namespace Leaflet.Pdf.Fonts;

/// <summary>
/// Reads the Unicode 'cmap' subtable (format 12 when present, else format 4) into a flat
/// array for the Basic Multilingual Plane, so each lookup during measuring is one index.
/// </summary>
internal static class TrueTypeCharacterMap
{
    public static (ushort[] Bmp, Dictionary<int, ushort> Astral) Read(byte[] data, int cmap)
    {
        var span = data.AsSpan();
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[(cmap + 2)..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + 8 * i;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(span[record..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(span[(record + 2)..]);
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(span[(record + 4)..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && format == 12) format12 = offset;
            if (unicode && format == 4) format4 = offset;
        }
        var bmp = new ushort[0x10000];
        var astral = new Dictionary<int, ushort>();
        if (format12 >= 0) ReadFormat12(span, format12, bmp, astral);
        else if (format4 >= 0) ReadFormat4(span, format4, bmp);
        else throw new InvalidDataException("The font has no Unicode character map.");
        return (bmp, astral);
    }

    private static void ReadFormat4(ReadOnlySpan<byte> span, int table, ushort[] bmp)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(span[(table + 6)..]) / 2;
        var ends = table + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(span[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(span[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(span[(deltas + 2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(span[(rangeOffsets + 2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(span[at..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                bmp[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> span, int table, ushort[] bmp, Dictionary<int, ushort> astral)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(span[(table + 12)..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table + 16 + 12 * g;
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(span[group..]);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(group + 4)..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(group + 8)..]);
            for (var c = start; c <= end; c++, glyph++)
            {
                if (c < 0x10000) bmp[c] = (ushort)glyph;
                else astral[c] = (ushort)glyph;
            }
        }
    }
}
