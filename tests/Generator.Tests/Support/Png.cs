using System.IO.Compression;
using System.Text;

namespace Leaflet.Tests.Support;

/// <summary>Tiny valid PNG files, one colour each, so tests can tell which picture was copied by its bytes.</summary>
public static class Png
{
    public static byte[] Pixel(byte red, byte green, byte blue)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        // 1×1, 8 bits per channel, truecolour, no interlace.
        Chunk(png, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        using (var data = new MemoryStream())
        {
            using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
                zlib.Write([0, red, green, blue]);
            Chunk(png, "IDAT", data.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        WriteBigEndian(png, (uint)data.Length);
        png.Write(typeBytes);
        png.Write(data);
        WriteBigEndian(png, Crc32([.. typeBytes, .. data]));
    }

    private static void WriteBigEndian(Stream stream, uint value) =>
        stream.Write([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
