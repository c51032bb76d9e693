using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.PostSave;

namespace Leaflet.Tests.Pdf.PostSave;

/// <summary>Font subsets keep the metrics of the glyphs they draw or hold, and lose the rest.</summary>
public class UnusedGlyphMetricsTests
{
    [Fact]
    public void Each_font_program_keeps_the_metrics_of_drawn_and_outlined_glyphs_and_clears_the_rest()
    {
        var pdf = EnglishLeaflet.Write(EnglishLeaflet.Request()).Pdf;
        var objects = new SavedObjects(CrossReferenceTable.Read(pdf));
        var programs = FontProgramGlyphs.Find(pdf, objects);
        var shipped = Enum.GetValues<FontStyle>().Select(style => Font.Read(FontSet.Default[style].Data)).ToList();

        Assert.Equal(2, programs.Count);
        foreach (var (number, drawn) in programs)
        {
            Assert.True(StoredStream.TryRead(objects.Object(pdf, number), out var stream));
            var font = Font.Read(Inflate(stream.Data.ToArray()));
            // A subset copies its face's control values unchanged, and each face has its own.
            var original = Assert.Single(shipped, s => s.Table("cvt ").SequenceEqual(font.Table("cvt ")));
            var cleared = 0;
            for (var glyph = 0; glyph < font.Glyphs; glyph++)
            {
                var keep = glyph == 0 || (glyph < drawn.Length && drawn[glyph]) || font.HasOutline(glyph);
                if (keep) Assert.Equal(original.Metrics(glyph), font.Metrics(glyph));
                else if (font.Metrics(glyph) == (0, 0)) cleared++;
                else Assert.Fail($"glyph {glyph} is neither drawn nor outlined but kept its metrics");
            }
            Assert.True(cleared > 3000, $"{cleared} cleared");
            Assert.True(drawn.Count(d => d) > 30);
            Assert.True(font.ChecksumsHold);
        }
    }

    [Fact]
    public void The_glyphs_of_both_forms_of_a_widths_array_are_found_and_text_cannot_pose_as_a_font()
    {
        const string text = """
            %PDF-1.7
            1 0 obj
            <</Title(obj
            <</Type/Font/Subtype/CIDFontType2/CIDToGIDMap/Identity/FontDescriptor 2 0 R/W[1[100]])>>
            endobj
            2 0 obj
            <</Type/FontDescriptor/FontName/X/FontFile2 4 0 R>>
            endobj
            3 0 obj
            <</Type/Font/Subtype/CIDFontType2/CIDToGIDMap/Identity/FontDescriptor 2 0 R/W[3[260 300]10 12 500 20[1.5]]>>
            endobj
            4 0 obj
            <</Length1 0/Length 0>>
            stream

            endstream
            endobj

            """;
        var body = Encoding.Latin1.GetBytes(text.Replace("\r\n", "\n"));
        var offsets = new[] { "1 0 obj", "2 0 obj", "3 0 obj", "4 0 obj" }.Select(o => text.Replace("\r\n", "\n").IndexOf(o, StringComparison.Ordinal)).ToList();
        var table = new StringBuilder($"xref\n0 5\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        table.Append($"trailer\n<</Size 5/Root 2 0 R>>\nstartxref\n{body.Length}\n%%EOF\n");
        var pdf = body.Concat(Encoding.Latin1.GetBytes(table.ToString())).ToArray();

        var programs = FontProgramGlyphs.Find(pdf, new SavedObjects(CrossReferenceTable.Read(pdf)));

        var drawn = Assert.Single(programs).Value;
        Assert.Equal([3, 4, 10, 11, 12, 20], Enumerable.Range(0, drawn.Length).Where(g => drawn[g]));
    }

    private static byte[] Inflate(byte[] data)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress)) zlib.CopyTo(inflated);
        return inflated.ToArray();
    }

    /// <summary>Just enough of a TrueType file to compare metrics and check its checksums.</summary>
    private sealed record Font(byte[] Data, Dictionary<string, (int Offset, int Length)> Tables)
    {
        public static Font Read(byte[] data)
        {
            var tables = new Dictionary<string, (int, int)>();
            for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4)); i++)
            {
                var record = data.AsSpan(12 + 16 * i);
                tables[Encoding.ASCII.GetString(record[..4])] =
                    ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            }
            return new Font(data, tables);
        }

        public byte[] Table(string tag) => Data.AsSpan(Tables[tag].Offset, Tables[tag].Length).ToArray();
        public int Glyphs => BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan(Tables["maxp"].Offset + 4));
        private int LongMetrics => BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan(Tables["hhea"].Offset + 34));
        private bool LongLoca => BinaryPrimitives.ReadInt16BigEndian(Data.AsSpan(Tables["head"].Offset + 50)) != 0;

        public (int Advance, int Bearing) Metrics(int glyph)
        {
            var hmtx = Data.AsSpan(Tables["hmtx"].Offset);
            return glyph < LongMetrics
                ? (BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * glyph)..]), BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * glyph + 2)..]))
                : (BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * LongMetrics - 4)..]), BinaryPrimitives.ReadInt16BigEndian(hmtx[(4 * LongMetrics + 2 * (glyph - LongMetrics))..]));
        }

        public bool HasOutline(int glyph)
        {
            var loca = Data.AsSpan(Tables["loca"].Offset);
            return LongLoca
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph + 4)..]) > BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..])
                : BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph + 2)..]) > BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);
        }

        public bool ChecksumsHold
        {
            get
            {
                foreach (var (tag, (offset, length)) in Tables)
                {
                    var table = Data.AsSpan(offset, length).ToArray();
                    if (tag == "head") table.AsSpan(8, 4).Clear();
                    var record = Enumerable.Range(0, Tables.Count).Select(i => 12 + 16 * i).Single(r => Encoding.ASCII.GetString(Data, r, 4) == tag);
                    if (Sum(table) != BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan(record + 4))) return false;
                }
                var whole = Data.ToArray();
                whole.AsSpan(Tables["head"].Offset + 8, 4).Clear();
                return unchecked(0xB1B0AFBA - Sum(whole)) == BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan(Tables["head"].Offset + 8));
            }
        }

        private static uint Sum(byte[] data)
        {
            var padded = data.Concat(new byte[(4 - data.Length % 4) % 4]).ToArray();
            uint sum = 0;
            for (var at = 0; at < padded.Length; at += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(at)));
            return sum;
        }
    }
}
