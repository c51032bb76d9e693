using System.Buffers.Binary;

namespace Leaflet.Pdf.Fonts;

/// <summary>
/// One TrueType face read straight from its file: which characters it has, its vertical
/// metrics, and the HarfBuzz font that shapes text with it (made on first use, once per face;
/// a face is loaded once per build, or once per process for the shipped fonts).
/// </summary>
public sealed class FontFace
{
    private readonly ushort[] _bmpGlyphs;
    private readonly Dictionary<int, ushort> _astralGlyphs;
    private readonly ushort[] _advances;
    private readonly Lazy<Text.ShapingFace> _shaping;

    private FontFace(string name, byte[] data, int unitsPerEm, int ascender, int descender,
        ushort[] bmpGlyphs, Dictionary<int, ushort> astralGlyphs, ushort[] advances)
    {
        Name = name;
        Data = data;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        _bmpGlyphs = bmpGlyphs;
        _astralGlyphs = astralGlyphs;
        _advances = advances;
        _shaping = new Lazy<Text.ShapingFace>(() => new Text.ShapingFace(Data), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The face's HarfBuzz font and its cache of shaped text; thread-safe.</summary>
    public Text.ShapingFace Shaping => _shaping.Value;

    /// <summary>A human-readable name for messages, such as "Noto Sans Bold".</summary>
    public string Name { get; }
    public byte[] Data { get; }
    public int UnitsPerEm { get; }
    public int Ascender { get; }
    /// <summary>Positive: the distance below the baseline.</summary>
    public int Descender { get; }

    public bool CanDraw(int codePoint) => GlyphOf(codePoint) != 0;

    /// <summary>The font's own glyph for the character ('cmap'), 0 (.notdef) when it has none.</summary>
    public ushort GlyphOf(int codePoint) =>
        codePoint < 0x10000 ? _bmpGlyphs[codePoint] : _astralGlyphs.GetValueOrDefault(codePoint);

    /// <summary>The glyph's advance in font units ('hmtx'); glyphs past the last long metric share its advance.</summary>
    public int AdvanceOf(ushort glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    public static FontFace Load(string name, byte[] data)
    {
        var tables = TrueTypeTables.Read(data);
        var head = tables["head"];
        var hhea = tables["hhea"];
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(head + 18));
        var ascender = BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(hhea + 4));
        var descender = BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(hhea + 6));
        var metricsCount = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(hhea + 34));
        var advances = new ushort[metricsCount];
        for (var g = 0; g < metricsCount; g++)
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(tables["hmtx"] + 4 * g));
        var (bmp, astral) = TrueTypeCharacterMap.Read(data, tables["cmap"]);
        return new FontFace(name, data, unitsPerEm, ascender, -descender, bmp, astral, advances);
    }
}
