using System.IO.Compression;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// Compresses each stream once, as a complete zlib stream. PDFsharp is told not to compress
/// (it compressed every page, font and Unicode map, and 6.2.4 ends its Flate streams without
/// the Adler-32 check, which strict inflaters reject, so each had to be inflated and deflated
/// again). What PDFsharp still deflates itself, picture data, is completed the same way.
/// </summary>
internal sealed class StreamCompression : IDisposable
{
    /// <summary>
    /// zlib level 4. The English leaflet's two PDFs average 51.5 KB and take about 4.6 ms of CPU each;
    /// level 6 (Optimal) makes them 0.9 KB smaller for 0.3-0.4 ms more, level 9 1.4 KB smaller for
    /// 1.8 ms more, and level 1 (Fastest) 15 KB larger for 0.5 ms less.
    /// </summary>
    private const int Level = 4;

    private static ReadOnlySpan<byte> FlateFilter => "/Filter/FlateDecode"u8;
    private static ReadOnlySpan<byte> FlateFirstOfFilters => "/Filter[/FlateDecode"u8;

    private readonly PooledBuffer _compressed = new();
    private readonly PooledBuffer _inflated = new();
    private readonly PooledBuffer _fontProgram = new();

    /// <summary>Writes the stream object compressed, or as it was when it is already another filter's data.</summary>
    public void Write(Stream output, in StoredStream stream)
    {
        if (!stream.Has("/Filter"u8))
            stream.Write(output, Deflate(stream.Data), FlateFilter);
        else if (stream.Has(FlateFilter) || stream.Has(FlateFirstOfFilters))
            stream.Write(output, Deflate(Inflate(stream.Data)));
        else
            stream.Write(output, stream.Data);
    }

    /// <summary>A TrueType program PDFsharp saved uncompressed, compressed once rid of the metrics of glyphs it left out.</summary>
    public void WriteFontProgram(Stream output, in StoredStream stream, bool[] drawn)
    {
        if (stream.Has("/Filter"u8))
        {
            Write(output, stream);
            return;
        }
        _fontProgram.Clear();
        _fontProgram.Write(stream.Data);
        UnusedGlyphMetrics.Clear(_fontProgram.Written, drawn);
        stream.Write(output, Deflate(_fontProgram.Written), FlateFilter);
    }

    private ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> data)
    {
        _compressed.Clear();
        using (var zlib = new ZLibStream(_compressed, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
            zlib.Write(data);
        return _compressed.Written;
    }

    /// <summary>Only pictures come here, so the copy into a stream costs little.</summary>
    private ReadOnlySpan<byte> Inflate(ReadOnlySpan<byte> data)
    {
        _inflated.Clear();
        using (var zlib = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress)) zlib.CopyTo(_inflated);
        return _inflated.Written;
    }

    public void Dispose()
    {
        _compressed.Dispose();
        _inflated.Dispose();
        _fontProgram.Dispose();
    }
}
