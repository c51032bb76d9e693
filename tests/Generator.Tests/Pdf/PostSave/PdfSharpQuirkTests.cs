using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Leaflet.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Leaflet.Tests.Pdf.PostSave;

/// <summary>
/// What the post-save pass repairs, shown on files saved by PDFsharp alone. Each test states a quirk
/// of the PDFsharp the project uses; when an upgrade makes one fail, the quirk is gone and the repair
/// that answers it (named in the test) can go too.
/// </summary>
public sealed class PdfSharpQuirkTests
{
    private const string Title = "Moles & spots <in children>";

    [Fact]
    public void PDFsharp_ends_its_flate_streams_without_the_adler32_so_StreamCompression_deflates_them_again()
    {
        var pdf = Save(compress: true);

        var flate = Streams(pdf).Where(s => s.Entries.Contains("/Filter/FlateDecode", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(flate);
        Assert.All(flate, s => Assert.False(EndsWithAdler32(s.Data), $"a complete zlib stream: {s.Entries}"));
    }

    [Fact]
    public void PDFsharp_deflates_a_picture_even_when_told_not_to_compress_so_StreamCompression_completes_it()
    {
        var pdf = Save(compress: false, picture: true);

        var picture = Assert.Single(Streams(pdf), s => s.Entries.Contains("/Subtype/Image", StringComparison.Ordinal));
        Assert.Contains("/Filter/FlateDecode", picture.Entries);
        Assert.False(EndsWithAdler32(picture.Data));
    }

    [Fact]
    public void PDFsharp_writes_the_title_into_its_xmp_unescaped_so_MetadataStreamReplacement_writes_its_own()
    {
        var xmp = Xmp(Save(compress: false));

        Assert.Contains(Title, xmp);
        Assert.Throws<XmlException>(() => XDocument.Parse(xmp[xmp.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..]));
    }

    [Fact]
    public void PDFsharp_draws_font_subset_tags_at_random_so_DeterministicIdentifiers_replaces_them()
    {
        Assert.NotEqual(Values(Save(), @"/FontName/([A-Z]{6})\+"), Values(Save(), @"/FontName/([A-Z]{6})\+"));
    }

    [Fact]
    public void PDFsharp_draws_the_trailer_id_at_random_so_DeterministicIdentifiers_replaces_it()
    {
        Assert.NotEqual(Values(Save(), @"/ID\[<([0-9A-F]{32})>"), Values(Save(), @"/ID\[<([0-9A-F]{32})>"));
    }

    [Fact]
    public void PDFsharp_draws_the_xmp_document_and_instance_ids_at_random_so_DeterministicIdentifiers_replaces_them()
    {
        const string ids = @"(?:DocumentID|InstanceID)>\s*uuid:([0-9a-f-]{36})";
        var first = Values(Save(compress: false), ids);

        Assert.Equal(2, first.Count);
        Assert.NotEqual(first, Values(Save(compress: false), ids));
    }

    [Fact]
    public void PDFsharp_draws_each_links_name_at_random_so_DeterministicIdentifiers_replaces_it()
    {
        Assert.NotEqual(Values(Save(), @"/NM\(([0-9a-f-]{36})\)"), Values(Save(), @"/NM\(([0-9a-f-]{36})\)"));
    }

    [Fact]
    public void PDFsharp_dates_each_link_by_the_clock_so_DeterministicIdentifiers_dates_it_by_the_content()
    {
        var before = DateTimeOffset.Now.AddSeconds(-1);
        var date = Assert.Single(Values(Save(), @"/M\(D:(\d{14}[+-]\d\d'\d\d')\)"));
        var after = DateTimeOffset.Now.AddSeconds(1);

        var saved = DateTimeOffset.ParseExact(date.Replace("'", ""), "yyyyMMddHHmmsszzzz", CultureInfo.InvariantCulture);
        Assert.InRange(saved, before, after);
    }

    /// <summary>
    /// A one-page document with the leaflet's font, a web link and a title with markup characters,
    /// saved by PDFsharp with nothing of Leaflet's around it but the font files.
    /// </summary>
    private static byte[] Save(bool compress = true, bool picture = false)
    {
        FontResolverRegistration.EnsureRegistered();
        using var document = new PdfDocument();
        document.Options.NoCompression = !compress;
        document.Options.CompressContentStreams = compress;
        document.Info.Title = Title;
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var font = new XFont(FontSet.FamilyName, 12, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
            graphics.DrawString("Red dots on the body", font, XBrushes.Black, 72, 72);
            if (picture)
            {
                using var image = XImage.FromStream(new MemoryStream(PictureTests.Png(30, 20)));
                graphics.DrawImage(image, 72, 100, 30, 20);
            }
        }
        page.Annotations.Add(PdfLinkAnnotation.CreateWebLink(new PdfRectangle(new XRect(72, 60, 100, 14)), "https://leaflets.example.org/en/"));
        using var saved = new MemoryStream();
        document.Save(saved, closeStream: false);
        return saved.ToArray();
    }

    private static List<string> Values(byte[] pdf, string pattern) =>
        Regex.Matches(Encoding.Latin1.GetString(pdf), pattern).Select(m => m.Groups[1].Value).ToList();

    private static string Xmp(byte[] pdf)
    {
        var xmp = Assert.Single(Streams(pdf), s => s.Entries.Contains("/Type/Metadata", StringComparison.Ordinal));
        Assert.DoesNotContain("/Filter", xmp.Entries);
        return Encoding.UTF8.GetString(xmp.Data);
    }

    /// <summary>Every "stream … endstream" with the dictionary before it, found by its /Length.</summary>
    private static List<(string Entries, byte[] Data)> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var streams = new List<(string, byte[])>();
        foreach (Match match in Regex.Matches(text, @"obj\s*<<(.*?)>>\s*stream\r?\n", RegexOptions.Singleline))
        {
            var length = Regex.Match(match.Groups[1].Value, @"/Length (\d+)(?! \d+ R)");
            if (!length.Success) continue;
            var start = match.Index + match.Length;
            streams.Add((match.Groups[1].Value, pdf.AsSpan(start, int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray()));
        }
        return streams;
    }

    /// <summary>Whether the zlib stream ends with the Adler-32 of what it inflates to, as RFC 1950 asks.</summary>
    private static bool EndsWithAdler32(byte[] zlib)
    {
        using var inflated = new MemoryStream();
        // The two-byte zlib header, then raw deflate data: read as such, a missing checksum is no error.
        using (var deflate = new DeflateStream(new MemoryStream(zlib, 2, zlib.Length - 2), CompressionMode.Decompress)) deflate.CopyTo(inflated);
        uint a = 1, b = 0;
        foreach (var d in inflated.ToArray())
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }
        return zlib.Length > 6 && BinaryPrimitives.ReadUInt32BigEndian(zlib.AsSpan(^4)) == ((b << 16) | a);
    }
}
