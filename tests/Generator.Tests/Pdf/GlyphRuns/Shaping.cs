using System.Collections.Immutable;
using HarfBuzzSharp;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Text;

namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>Shapes text with HarfBuzzSharp directly, as hb-shape does: direction, script and language guessed from the text.</summary>
public static class Shaping
{
    public static GlyphRun Shape(string fontPath, string text, double size)
    {
        var data = File.ReadAllBytes(fontPath);
        var face = FontFace.Load(Path.GetFileNameWithoutExtension(fontPath), data);
        using var blob = Blob.FromFile(fontPath);
        using var hbFace = new Face(blob, 0);
        using var font = new Font(hbFace);
        font.SetScale(hbFace.UnitsPerEm, hbFace.UnitsPerEm);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var positions = buffer.GlyphPositions;
        var glyphs = buffer.GlyphInfos.Select((info, i) => new ShapedGlyph(
            (ushort)info.Codepoint, (int)info.Cluster, positions[i].XAdvance, positions[i].XOffset, positions[i].YOffset));
        return new GlyphRun(face, size, [.. glyphs], text, buffer.Direction == Direction.RightToLeft);
    }
}
