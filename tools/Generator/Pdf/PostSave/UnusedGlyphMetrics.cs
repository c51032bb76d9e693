using System.Buffers.Binary;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// PDFsharp's font subsets keep every glyph's number, since the PDF's character codes are glyph
/// numbers, and with them the horizontal metrics of every glyph of the face. The metrics of a glyph
/// that has no outline in the subset and is not drawn are set to zero: the glyph cannot appear on a
/// page, and a reader places glyphs by the PDF's /W widths anyway. Glyph 0 and glyphs with outlines
/// (composite glyphs' parts included) keep theirs, and the table's checksum and the font's checksum
/// adjustment are brought up to date (docs/decisions/0002-unused-glyph-metrics-cleared.md).
/// </summary>
internal static class UnusedGlyphMetrics
{
    private const uint ChecksumMagic = 0xB1B0AFBA;

    /// <summary>Leaves a font it cannot read as it is.</summary>
    public static void Clear(Span<byte> font, bool[] drawn)
    {
        if (!Table(font, "head"u8, out var head, out _) || !Table(font, "hhea"u8, out var hhea, out _)
            || !Table(font, "maxp"u8, out var maxp, out _) || !Table(font, "loca"u8, out var loca, out var locaLength)
            || !Table(font, "hmtx"u8, out var hmtx, out var hmtxLength, out var hmtxRecord)
            || head + 54 > font.Length || hhea + 36 > font.Length || maxp + 6 > font.Length)
            return;
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(font[(head + 50)..]) != 0;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(font[(maxp + 4)..]);
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(font[(hhea + 34)..]);
        if (longMetrics == 0 || longMetrics > glyphs
            || locaLength < (glyphs + 1) * (longLoca ? 4 : 2) || hmtxLength < 4 * longMetrics + 2 * (glyphs - longMetrics))
            return;

        var locations = font.Slice(loca, locaLength);
        var metrics = font.Slice(hmtx, hmtxLength);
        // The last long entry's advance also serves every glyph after it.
        var keepLast = false;
        for (var glyph = glyphs - 1; glyph >= 0; glyph--)
        {
            var keep = glyph == 0 || (glyph < drawn.Length && drawn[glyph]) || HasOutline(locations, longLoca, glyph);
            if (glyph >= longMetrics - 1) keepLast |= keep;
            if (keep || (glyph == longMetrics - 1 && keepLast)) continue;
            if (glyph < longMetrics) metrics.Slice(4 * glyph, 4).Clear();
            else metrics.Slice(4 * longMetrics + 2 * (glyph - longMetrics), 2).Clear();
        }

        BinaryPrimitives.WriteUInt32BigEndian(font[(hmtxRecord + 4)..], Checksum(metrics));
        BinaryPrimitives.WriteUInt32BigEndian(font[(head + 8)..], 0);
        BinaryPrimitives.WriteUInt32BigEndian(font[(head + 8)..], unchecked(ChecksumMagic - Checksum(font)));
    }

    private static bool HasOutline(ReadOnlySpan<byte> locations, bool longLoca, int glyph) => longLoca
        ? BinaryPrimitives.ReadUInt32BigEndian(locations[(4 * glyph + 4)..]) > BinaryPrimitives.ReadUInt32BigEndian(locations[(4 * glyph)..])
        : BinaryPrimitives.ReadUInt16BigEndian(locations[(2 * glyph + 2)..]) > BinaryPrimitives.ReadUInt16BigEndian(locations[(2 * glyph)..]);

    private static bool Table(ReadOnlySpan<byte> font, ReadOnlySpan<byte> tag, out int offset, out int length) =>
        Table(font, tag, out offset, out length, out _);

    /// <summary>A table from the directory, when it lies inside the font.</summary>
    private static bool Table(ReadOnlySpan<byte> font, ReadOnlySpan<byte> tag, out int offset, out int length, out int record)
    {
        offset = length = record = 0;
        if (font.Length < 12) return false;
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < count && 12 + 16 * (i + 1) <= font.Length; i++)
        {
            record = 12 + 16 * i;
            if (!font.Slice(record, 4).SequenceEqual(tag)) continue;
            var start = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]);
            var size = BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]);
            if (start + size > (uint)font.Length) return false;
            (offset, length) = ((int)start, (int)size);
            return true;
        }
        return false;
    }

    /// <summary>The sum of the big-endian 32-bit words, the last one padded with zeros.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var at = 0; at < whole; at += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}
