using System.Buffers.Binary;
using System.Text;

namespace Leaflet.Pdf.Fonts;

/// <summary>The table directory of a TrueType file: tag → offset.</summary>
internal static class TrueTypeTables
{
    public static IReadOnlyDictionary<string, int> Read(byte[] data)
    {
        var span = data.AsSpan();
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(data, record, 4);
            tables[tag] = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(record + 8)..]);
        }
        foreach (var required in new[] { "head", "hhea", "hmtx", "cmap" })
        {
            if (!tables.ContainsKey(required))
                throw new InvalidDataException($"The font has no '{required}' table.");
        }
        return tables;
    }
}
