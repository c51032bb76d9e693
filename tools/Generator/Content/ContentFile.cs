using System.Text;
using Leaflet.Diagnostics;

namespace Leaflet.Content;

/// <summary>Reads a content file as strict UTF-8: a byte that is not UTF-8 is the user's mistake, reported where it is.</summary>
public static class ContentFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text with any BOM removed and CRLF turned into LF, or null with a diagnostic added.</returns>
    /// <summary>
    /// Forty pages of text; far beyond any leaflet, and small enough that Markdig's worst cases
    /// (runs of unmatched emphasis are quadratic) stay within seconds.
    /// </summary>
    public const int MaxBytes = 256 * 1024;

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return ReadChecked(path, displayPath, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A broken symbolic link, a file removed while the build runs, no permission.
            diagnostics.Add(Diagnostic.Error("LF1019", displayPath, 0, 0, $"the file cannot be read: {e.Message}"));
            return null;
        }
    }

    private static string? ReadChecked(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            diagnostics.Add(Diagnostic.Error("LF1017", displayPath, 0, 0,
                $"the file is {size / 1024} KB; a content file may be at most {MaxBytes / 1024} KB: split the leaflet into several"));
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n");
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(e.Index, 0);
            var (line, column) = Position(bytes, start, offset);
            diagnostics.Add(Diagnostic.Error("LF1001", displayPath, line, column,
                $"the file is not UTF-8: byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset} cannot be read; save the file as UTF-8"));
            return null;
        }
    }

    /// <summary>The 1-based line and column of a byte, counting the valid UTF-8 characters before it on its line.</summary>
    private static (int Line, int Column) Position(byte[] bytes, int start, int offset)
    {
        var lineStart = start;
        var line = 1;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            line++;
            lineStart = i + 1;
        }
        var column = 1 + new UTF8Encoding(false, false).GetCharCount(bytes, lineStart, offset - lineStart);
        return (line, column);
    }
}
