using System.Buffers.Binary;
using System.IO.Compression;
using Leaflet.Pdf.PostSave;

namespace Leaflet.Tests.Pdf.PostSave;

/// <summary>Every stream compressed once, completely, after PDFsharp saved the file uncompressed.</summary>
public class StreamCompressionTests
{
    [Fact]
    public void Every_stream_but_the_xmp_is_a_complete_flate_stream()
    {
        var streams = Streams(EnglishLeaflet.Write(EnglishLeaflet.Request()).Pdf);

        Assert.True(streams.Count > 4, $"{streams.Count} streams");
        Assert.Single(streams, s => s.Entries.Contains("/Type/Metadata", StringComparison.Ordinal) && !s.Entries.Contains("/Filter", StringComparison.Ordinal));
        Assert.All(streams.Where(s => !s.Entries.Contains("/Type/Metadata", StringComparison.Ordinal)), s =>
        {
            Assert.Contains("/Filter/FlateDecode", s.Entries);
            Assert.True(IsComplete(s.Data), s.Entries);
        });
    }

    /// <summary>PDFsharp deflates picture data itself whatever its options say, and leaves it unfinished.</summary>
    [Fact]
    public void A_picture_PDFsharp_compressed_itself_is_completed()
    {
        var folder = Directory.CreateTempSubdirectory("leaflet-picture-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "dots.png"), PictureTests.Png(300, 200));
            var request = EnglishLeaflet.Request(markdown: "Before.\n\n![Red dots on an arm](dots.png)\n\nAfter.\n") with
            {
                ResolveImage = path => Path.Combine(folder.FullName, path),
            };

            var picture = Assert.Single(Streams(EnglishLeaflet.Write(request).Pdf), s => s.Entries.Contains("/Subtype/Image", StringComparison.Ordinal));
            Assert.Contains("/Filter/FlateDecode", picture.Entries);
            Assert.True(IsComplete(picture.Data));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<(string Entries, byte[] Data)> Streams(byte[] pdf)
    {
        var objects = new SavedObjects(CrossReferenceTable.Read(pdf));
        var streams = new List<(string, byte[])>();
        foreach (var number in objects.InFileOrder)
        {
            if (StoredStream.TryRead(objects.Object(pdf, number), out var stream))
                streams.Add((System.Text.Encoding.Latin1.GetString(stream.Entries), stream.Data.ToArray()));
        }
        return streams;
    }

    /// <summary>A zlib stream ends with the Adler-32 of what it holds; PDFsharp's ended before it.</summary>
    private static bool IsComplete(byte[] zlib)
    {
        using var inflated = new MemoryStream();
        using (var stream = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress)) stream.CopyTo(inflated);
        return zlib.Length > 6 && BinaryPrimitives.ReadUInt32BigEndian(zlib.AsSpan(^4)) == Adler32(inflated.ToArray());
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }
}
