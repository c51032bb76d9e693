using System.Buffers.Binary;

namespace Leaflet.Pdf.Model;

/// <summary>
/// Reads a PNG's or JPEG's pixel size from its header, so layout can size the picture without
/// decoding it. Null for anything else.
/// </summary>
public static class ImageHeader
{
    public static (int Width, int Height)? Read(string path)
    {
        Span<byte> head = stackalloc byte[24];
        using var stream = File.OpenRead(path);
        if (stream.Read(head) < 24) return null;
        if (head[..8].SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }))
            return ((int)BinaryPrimitives.ReadUInt32BigEndian(head[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(head[20..]));
        return head[0] == 0xFF && head[1] == 0xD8 ? ReadJpeg(stream) : null;
    }

    /// <summary>Walks the JPEG markers to the first start-of-frame, which holds the size.</summary>
    private static (int Width, int Height)? ReadJpeg(Stream stream)
    {
        Span<byte> segment = stackalloc byte[9];
        stream.Position = 2;
        while (stream.Read(segment[..4]) == 4 && segment[0] == 0xFF)
        {
            var marker = segment[1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(segment[2..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                if (stream.Read(segment[..5]) < 5) return null;
                return (BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]));
            }
            stream.Position += length - 2;
        }
        return null;
    }
}
