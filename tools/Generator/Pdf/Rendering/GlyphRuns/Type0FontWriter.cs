using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace Leaflet.Pdf.Rendering.GlyphRuns;

/// <summary>
/// Fills a Type 0 font (ISO 32000-1 9.7): /Encoding /Identity-H, so the two-byte codes are glyph
/// numbers; one CIDFontType2 descendant with /CIDToGIDMap /Identity, /W widths of the glyphs used
/// and a font descriptor with the face's own metrics; the hb-subset program as /FontFile2; and a
/// ToUnicode map. The subset tag (ISO 32000-1 9.6.4) is six capitals derived from the face's name
/// and the glyphs kept, so the same glyphs give the same name.
/// </summary>
internal static class Type0FontWriter
{
    public static void Write(PdfDocument document, PdfDictionary type0, RunFont font)
    {
        var metrics = FontDescriptorMetrics.Read(font.Face);
        var name = $"/{SubsetTag(metrics.PostScriptName, font.Glyphs)}+{metrics.PostScriptName}";

        var program = Stream(document, HarfBuzzSubsetter.Subset(font.Face.Data, font.Glyphs));
        program.Elements.SetInteger("/Length1", program.Stream.Length);

        var descriptor = Indirect(document);
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", name);
        descriptor.Elements.SetInteger("/Flags", metrics.Flags);
        descriptor.Elements["/FontBBox"] = new PdfArray(document, [.. metrics.BoundingBox.Select(v => new PdfInteger(v))]);
        descriptor.Elements["/ItalicAngle"] = Number(metrics.ItalicAngle);
        descriptor.Elements.SetInteger("/Ascent", metrics.Ascent);
        descriptor.Elements.SetInteger("/Descent", metrics.Descent);
        descriptor.Elements.SetInteger("/CapHeight", metrics.CapHeight);
        descriptor.Elements.SetInteger("/StemV", metrics.StemV);
        descriptor.Elements.SetReference("/FontFile2", program);

        var systemInfo = new PdfDictionary(document);
        systemInfo.Elements.SetString("/Registry", "Adobe");
        systemInfo.Elements.SetString("/Ordering", "Identity");
        systemInfo.Elements.SetInteger("/Supplement", 0);

        var cidFont = Indirect(document);
        cidFont.Elements.SetName("/Type", "/Font");
        cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
        cidFont.Elements.SetName("/BaseFont", name);
        cidFont.Elements["/CIDSystemInfo"] = systemInfo;
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        cidFont.Elements["/W"] = Widths(document, font);
        cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");

        var mapped = font.Glyphs.Select(g => (Glyph: g, Text: font.TextOf(g))).Where(e => e.Text is not null).Select(e => (e.Glyph, e.Text!));
        var toUnicode = Stream(document, Encoding.ASCII.GetBytes(ToUnicodeCMap.Write(mapped)));

        type0.Elements.SetName("/Type", "/Font");
        type0.Elements.SetName("/Subtype", "/Type0");
        type0.Elements.SetName("/BaseFont", name);
        type0.Elements.SetName("/Encoding", "/Identity-H");
        type0.Elements["/DescendantFonts"] = new PdfArray(document, cidFont.Reference!);
        type0.Elements.SetReference("/ToUnicode", toUnicode);
    }

    /// <summary>Runs of consecutive glyph numbers as "first [w1 w2 …]".</summary>
    private static PdfArray Widths(PdfDocument document, RunFont font)
    {
        var widths = new PdfArray(document);
        PdfArray? run = null;
        var previous = -2;
        foreach (var glyph in font.Glyphs)
        {
            if (glyph != previous + 1)
            {
                widths.Elements.Add(new PdfInteger(glyph));
                widths.Elements.Add(run = new PdfArray(document));
            }
            run!.Elements.Add(Number(font.Width(glyph)));
            previous = glyph;
        }
        return widths;
    }

    private static string SubsetTag(string name, IEnumerable<ushort> glyphs)
    {
        var key = new StringBuilder(name);
        foreach (var glyph in glyphs) key.Append(CultureInfo.InvariantCulture, $",{glyph}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return new string([.. hash.Take(6).Select(b => (char)('A' + b % 26))]);
    }

    private static PdfItem Number(double value) =>
        value == Math.Floor(value) ? new PdfInteger((int)value) : new PdfReal(value);

    private static PdfDictionary Indirect(PdfDocument document)
    {
        var dictionary = new PdfDictionary(document);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }

    private static PdfDictionary Stream(PdfDocument document, byte[] data)
    {
        var stream = Indirect(document);
        stream.CreateStream(data);
        return stream;
    }
}
