using System.IO.Compression;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// Compresses each stream once, as a complete zlib stream ending with its Adler-32 (RFC 1950),
/// which PDFsharp's own Flate streams lack. PDFsharp is told not to compress; what it still
/// deflates itself, picture data, is inflated and completed the same way
/// (docs/decisions/0001-pdf-streams-compressed-once-after-saving.md).
/// </summary>
internal sealed class StreamCompression : IDisposable
{
    /// <summary>zlib level 4: the trade of size for time is in decision 0001.</summary>
    private const int Level = 4;

    private static ReadOnlySpan<byte> FlateFilter => "/Filter/FlateDecode"u8;
    private static ReadOnlySpan<byte> FlateFirstOfFilters => "/Filter[/FlateDecode"u8;

    private readonly PooledBuffer _compressed = new();
    private readonly PooledBuffer _inflated = new();

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
    }
}
