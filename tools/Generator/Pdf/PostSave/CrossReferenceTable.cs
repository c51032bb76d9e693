using System.Buffers;
using System.Buffers.Text;

namespace Leaflet.Pdf.PostSave;

/// <summary>
/// The classic cross-reference table at the end of a file PDFsharp saved: one subsection from
/// object 0, entries of 20 bytes, then the trailer and startxref. Read to find where each object
/// starts; written again with the offsets the objects have after they were rewritten.
/// </summary>
internal sealed class CrossReferenceTable
{
    private const int EntryLength = 20;

    private readonly byte[] _entries;
    private readonly byte[] _trailer;

    private CrossReferenceTable(int offset, byte[] entries, byte[] trailer)
    {
        Offset = offset;
        _entries = entries;
        _trailer = trailer;
    }

    /// <summary>Where "xref" starts, which is also where the last object ends.</summary>
    public int Offset { get; }

    /// <summary>Entries, object 0 (always free) included.</summary>
    public int Count => _entries.Length / EntryLength;

    public bool InUse(int number) => _entries[number * EntryLength + 17] == (byte)'n';

    public int ObjectOffset(int number) => Number(_entries.AsSpan(number * EntryLength, 10));

    public static CrossReferenceTable Read(ReadOnlySpan<byte> pdf)
    {
        var startxref = pdf.LastIndexOf("startxref\n"u8);
        if (startxref < 0) throw Unexpected("no startxref");
        var offset = Number(pdf[(startxref + "startxref\n".Length)..]);
        var at = offset;
        if (!pdf[at..].StartsWith("xref\n0 "u8)) throw Unexpected("no table at startxref");
        at += "xref\n0 ".Length;
        var count = Number(pdf[at..]);
        at = pdf[at..].IndexOf((byte)'\n') + at + 1;
        var entries = pdf.Slice(at, count * EntryLength).ToArray();
        at += entries.Length;
        if (!pdf[at..].StartsWith("trailer"u8)) throw Unexpected("more than one subsection");
        return new CrossReferenceTable(offset, entries, pdf[at..startxref].ToArray());
    }

    /// <summary>The table, trailer and startxref, with each object in use at its new offset.</summary>
    public void Write(Stream output, IReadOnlyList<int> offsets)
    {
        var start = checked((int)output.Position);
        output.Write("xref\n0 "u8);
        WriteNumber(output, Count);
        output.WriteByte((byte)'\n');
        Span<byte> entry = stackalloc byte[EntryLength];
        for (var number = 0; number < Count; number++)
        {
            _entries.AsSpan(number * EntryLength, EntryLength).CopyTo(entry);
            if (InUse(number)) Utf8Formatter.TryFormat(offsets[number], entry[..10], out _, new StandardFormat('D', 10));
            output.Write(entry);
        }
        output.Write(_trailer);
        output.Write("startxref\n"u8);
        WriteNumber(output, start);
        output.Write("\n%%EOF\n"u8);
    }

    public static void WriteNumber(Stream output, int value)
    {
        Span<byte> digits = stackalloc byte[11];
        Utf8Formatter.TryFormat(value, digits, out var written);
        output.Write(digits[..written]);
    }

    /// <summary>The decimal number the span starts with.</summary>
    public static int Number(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out int value, out var consumed) && consumed > 0 ? value : throw Unexpected("a number was expected");

    private static InvalidOperationException Unexpected(string what) =>
        new($"PDFsharp saved a cross-reference table this writer does not know ({what}).");
}
