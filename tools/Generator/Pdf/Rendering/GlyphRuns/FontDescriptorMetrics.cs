using System.Buffers.Binary;
using System.Text;
using Leaflet.Pdf.Fonts;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// What a PDF font descriptor says about a TrueType face, read from its own tables and scaled to
/// the PDF's 1/1000 em: ascent and descent from 'hhea' (the line metrics the layout uses), cap
/// height from 'OS/2' (version 2 on; else the ascent), bounding box and italic style from 'head',
/// italic angle and fixed pitch from 'post', and the PostScript name from 'name'. TrueType has no
/// stem width; StemV is estimated from the weight class as 50 + (weight / 65)², as common PDF
/// writers do, since no reader can measure it from the font.
/// </summary>
internal sealed record FontDescriptorMetrics(
    string PostScriptName, int Flags, double ItalicAngle, int Ascent, int Descent, int CapHeight, int StemV, int[] BoundingBox)
{
    private const int FixedPitch = 1;
    private const int Symbolic = 4;
    private const int Italic = 64;

    public static FontDescriptorMetrics Read(FontFace face)
    {
        var data = face.Data;
        var tables = TrueTypeTables.Read(data);
        var span = data.AsSpan();
        var head = tables["head"];
        var scale = 1000.0 / face.UnitsPerEm;
        int Scaled(int value) => (int)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        int Int16(int at) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at));

        var box = new[] { Scaled(Int16(head + 36)), Scaled(Int16(head + 38)), Scaled(Int16(head + 40)), Scaled(Int16(head + 42)) };
        var italic = (BinaryPrimitives.ReadUInt16BigEndian(span[(head + 44)..]) & 2) != 0;
        var (angle, fixedPitch) = tables.TryGetValue("post", out var post)
            ? (BinaryPrimitives.ReadInt32BigEndian(span[(post + 4)..]) / 65536.0, BinaryPrimitives.ReadUInt32BigEndian(span[(post + 12)..]) != 0)
            : (0.0, false);
        var weight = 400;
        var capHeight = face.Ascender;
        if (tables.TryGetValue("OS/2", out var os2))
        {
            weight = BinaryPrimitives.ReadUInt16BigEndian(span[(os2 + 4)..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(span[os2..]) >= 2) capHeight = Int16(os2 + 88);
        }
        // Symbolic: the character codes are glyph numbers, not the standard Latin encoding.
        var flags = Symbolic | (fixedPitch ? FixedPitch : 0) | (italic || angle != 0 ? Italic : 0);
        return new FontDescriptorMetrics(
            ReadPostScriptName(data, tables) ?? FallbackName(face.Name), flags, Math.Round(angle, 2),
            Scaled(face.Ascender), -Scaled(face.Descender), Scaled(capHeight),
            (int)Math.Round(50 + Math.Pow(weight / 65.0, 2)), box);
    }

    /// <summary>Name ID 6 from a Windows Unicode (3, 1) or Macintosh Roman (1, 0) record, if it is a valid PDF name.</summary>
    private static string? ReadPostScriptName(byte[] data, IReadOnlyDictionary<string, int> tables)
    {
        if (!tables.TryGetValue("name", out var name)) return null;
        var span = data.AsSpan();
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[(name + 2)..]);
        var strings = name + BinaryPrimitives.ReadUInt16BigEndian(span[(name + 4)..]);
        for (var i = 0; i < count; i++)
        {
            var record = name + 6 + 12 * i;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(span[record..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(span[(record + 2)..]);
            if (BinaryPrimitives.ReadUInt16BigEndian(span[(record + 6)..]) != 6) continue;
            var length = BinaryPrimitives.ReadUInt16BigEndian(span[(record + 8)..]);
            var at = strings + BinaryPrimitives.ReadUInt16BigEndian(span[(record + 10)..]);
            var text = (platform, encoding) switch
            {
                (3, 1) => Encoding.BigEndianUnicode.GetString(data, at, length),
                (1, 0) => Encoding.Latin1.GetString(data, at, length),
                _ => null,
            };
            if (text is { Length: > 0 } && text.All(IsNameCharacter)) return text;
        }
        return null;
    }

    private static string FallbackName(string name) => new([.. name.Where(IsNameCharacter)]);

    private static bool IsNameCharacter(char c) => c is (> ' ' and < '\x7f') and not ('/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%' or '#');
}
