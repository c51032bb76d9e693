using System.Buffers.Binary;
using System.IO.Compression;
using Leaflet.Pdf;
using UglyToad.PdfPig;

namespace Leaflet.Tests.Pdf;

public class PictureTests
{
    [Fact]
    public void A_picture_is_drawn_scaled_to_the_column_with_its_text_around_it()
    {
        var folder = Directory.CreateTempSubdirectory("leaflet-picture-");
        try
        {
            var png = Path.Combine(folder.FullName, "dots.png");
            File.WriteAllBytes(png, Png(800, 400));
            var request = EnglishLeaflet.Request(markdown: "Before the picture.\n\n![Red dots on an arm](dots.png)\n\nAfter the picture.\n") with
            {
                ResolveImage = path => Path.Combine(folder.FullName, path),
            };
            var (pdf, result) = EnglishLeaflet.Write(request);

            Assert.Empty(result.Diagnostics);
            using var document = PdfDocument.Open(pdf);
            var page = document.GetPage(1);
            var image = Assert.Single(page.GetImages());
            var body = Leaflet.Pdf.Layout.Typography.For(PrintSize.Standard).Body;
            // 800 px at 96 dpi is 600 pt, wider than the column: scaled to its width, aspect kept.
            Assert.Equal(body.Width, image.BoundingBox.Width, 1);
            Assert.Equal(body.Width / 2, image.BoundingBox.Height, 1);
            Assert.Equal(body.X, image.BoundingBox.Left, 1);
            Assert.Contains("Before the picture.", page.Text);
            Assert.Contains("After the picture.", page.Text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A grey truecolour PNG, written by hand so the test needs no image library.</summary>
    internal static byte[] Png(int width, int height)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour
        Chunk(file, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + 3 * width];
            Array.Fill(row, (byte)0xC0, 1, 3 * width);
            for (var y = 0; y < height; y++) zlib.Write(row);
        }
        Chunk(file, "IDAT", pixels.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        file.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
