using System.Buffers.Binary;
using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>
/// Whether a file is a font the PDF stage can use: a single TrueType-outline face (an sfnt with
/// 'glyf' outlines). A collection (.ttc) and CFF outlines (.otf with 'OTTO') are not supported yet.
/// </summary>
public static class FontFileCheck
{
    private static readonly string[] RequiredTables = ["head", "hhea", "hmtx", "cmap", "glyf", "loca", "maxp"];

    /// <param name="name">The path as the site wrote it, for the message.</param>
    public static (DiagnosticCode Code, string Message)? Problem(string path, string name)
    {
        var unsupported = DiagnosticCodes.FontUnsupported;
        if (name.Contains('#') || path.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase))
            return (unsupported, $"the font '{name}' is a font collection (.ttc); collections are not supported, name a single .ttf file");
        byte[] header;
        try
        {
            using var stream = File.OpenRead(path);
            header = new byte[Math.Min(stream.Length, 12 + 16 * 64)];
            stream.ReadExactly(header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (DiagnosticCodes.FontUnusable, $"the font '{name}' cannot be read: {e.Message}");
        }
        if (header.Length < 12)
            return (DiagnosticCodes.FontUnusable, $"the font '{name}' is not a font file: it is {header.Length} bytes long");
        var tag = BinaryPrimitives.ReadUInt32BigEndian(header);
        switch (tag)
        {
            case 0x74746366: // 'ttcf'
                return (unsupported, $"the font '{name}' is a font collection; collections are not supported, name a single .ttf file");
            case 0x4F54544F: // 'OTTO'
                return (unsupported, $"the font '{name}' has CFF (PostScript) outlines; only TrueType outlines (.ttf) are supported");
            case not (0x00010000 or 0x74727565): // 1.0 or 'true'
                return (DiagnosticCodes.FontUnusable, $"the font '{name}' is not a TrueType font file");
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
        var tables = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count && 12 + 16 * (i + 1) <= header.Length; i++)
            tables.Add(System.Text.Encoding.ASCII.GetString(header, 12 + 16 * i, 4));
        var missing = RequiredTables.Where(t => !tables.Contains(t)).ToList();
        return missing.Count == 0
            ? null
            : (DiagnosticCodes.FontUnusable, $"the font '{name}' is not a usable TrueType font: it has no {string.Join(", ", missing.Select(t => $"'{t}'"))} table");
    }
}
