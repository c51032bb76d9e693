using System.Buffers;
using System.Text;
using Leaflet.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Leaflet.Content;

/// <summary>Reads a content file as strict UTF-8: a byte that is not UTF-8 is the user's mistake, reported where it is.</summary>
public static class ContentFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Forty pages of text; far beyond any leaflet, and small enough that Markdig's worst cases
    /// (runs of unmatched emphasis are quadratic) stay within seconds.
    /// </summary>
    public const int MaxBytes = 256 * 1024;

    /// <returns>The text with any BOM removed and CRLF turned into LF, or null with a diagnostic added.</returns>
    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return ReadChecked(path, displayPath, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A broken symbolic link, a file removed while the build runs, no permission.
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FileUnreadable, displayPath, 0, 0, $"the file cannot be read: {e.Message}"));
            return null;
        }
    }

    /// <remarks>
    /// One open for the size and the bytes, read into a pooled buffer: the bytes only pass through on
    /// their way to a string, and a build reads thousands of files.
    /// </remarks>
    private static string? ReadChecked(string path, string displayPath, DiagnosticBag diagnostics)
    {
        using var file = File.OpenHandle(path);
        var size = RandomAccess.GetLength(file);
        if (size > MaxBytes)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FileTooLarge, displayPath, 0, 0,
                $"the file is {size / 1024} KB; a content file may be at most {MaxBytes / 1024} KB: split the leaflet into several"));
            return null;
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            var bytes = buffer.AsSpan(0, (int)size);
            ReadExactly(file, bytes);
            return Decode(bytes, displayPath, diagnostics);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <exception cref="EndOfStreamException">The file became shorter while it was read.</exception>
    private static void ReadExactly(SafeFileHandle file, Span<byte> bytes)
    {
        for (var read = 0; read < bytes.Length;)
        {
            var count = RandomAccess.Read(file, bytes[read..], read);
            if (count == 0) throw new EndOfStreamException("the file became shorter while it was read");
            read += count;
        }
    }

    private static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return Strict.GetString(bytes[start..]).Replace("\r\n", "\n");
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(e.Index, 0);
            var (line, column) = Position(bytes, start, offset);
            diagnostics.Add(Diagnostic.Of(DiagnosticCodes.NotUtf8, displayPath, line, column,
                $"the file is not UTF-8: byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset} cannot be read; save the file as UTF-8"));
            return null;
        }
    }

    /// <summary>The 1-based line and column of a byte, counting the valid UTF-8 characters before it on its line.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int start, int offset)
    {
        var lineStart = start;
        var line = 1;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            line++;
            lineStart = i + 1;
        }
        var column = 1 + new UTF8Encoding(false, false).GetCharCount(bytes[lineStart..offset]);
        return (line, column);
    }
}
