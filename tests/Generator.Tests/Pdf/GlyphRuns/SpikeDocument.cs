using Leaflet.Pdf;
using Leaflet.Pdf.Fonts;
using Leaflet.Pdf.Layout;
using Leaflet.Pdf.Rendering;
using Leaflet.Pdf.Text;

namespace Leaflet.Tests.Pdf.GlyphRuns;

/// <summary>
/// One page through the real canvas and writer: a Devanagari paragraph (a conjunct and the
/// reordered i-matra of "कि") tagged P, and an Arabic word (joined forms, right to left) tagged H1.
/// </summary>
public static class SpikeDocument
{
    public const string Hindi = "त्वचा पर लाल बिंदु हों तो डॉक्टर से पूछें कि क्या करना है।";
    public const string Arabic = "الجلد";

    public static readonly Rgb Colour = new(0x0B, 0x4F, 0x9C);

    public static byte[] Write(GlyphRun hindi, GlyphRun arabic)
    {
        object heading = new(), paragraph = new();
        return Page(canvas =>
        {
            canvas.BeginTag(Tag.H1, heading);
            canvas.DrawGlyphRun(arabic, new TextStyle(FontStyle.Bold, arabic.Size, Colour), 72, 100);
            canvas.EndTag(heading);
            canvas.BeginTag(Tag.P, paragraph);
            canvas.DrawGlyphRun(hindi, new TextStyle(FontStyle.Regular, hindi.Size, Typography.For(PrintSize.Standard).Text), 72, 150);
            canvas.EndTag(paragraph);
        });
    }

    /// <summary>A one-page PDF written by the real writer, drawn by the given calls.</summary>
    public static byte[] Page(Action<ICanvas> draw)
    {
        FontResolverRegistration.EnsureRegistered();
        var request = EnglishLeaflet.Request() with { Language = "hi-IN" };
        using var output = new MemoryStream();
        PdfFileWriter.Write(request, Typography.For(PrintSize.Standard), output, canvas =>
        {
            canvas.BeginPage(1, 1);
            draw(canvas);
            canvas.EndPage();
        });
        return output.ToArray();
    }

    public static byte[] Write() => Write(
        Shaping.Shape(SystemFonts.Devanagari, Hindi, 14), Shaping.Shape(SystemFonts.Arabic, Arabic, 24));
}
