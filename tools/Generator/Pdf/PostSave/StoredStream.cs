namespace Leaflet.Pdf.PostSave;

/// <summary>
/// A stream object as PDFsharp saves it: "N G obj\n&lt;&lt;dictionary&gt;&gt;\nstream\n", the data, then
/// "\nendstream\nendobj\n". The data is found from the dictionary's direct /Length and must end
/// exactly where the object does, so a dictionary's string can never be taken for the data.
/// </summary>
internal readonly ref struct StoredStream
{
    private static ReadOnlySpan<byte> DataStart => ">>\nstream\n"u8;
    private static ReadOnlySpan<byte> ObjectEnd => "\nendstream\nendobj\n"u8;
    private static ReadOnlySpan<byte> LengthKey => "/Length "u8;

    /// <summary>"N G obj\n".</summary>
    public ReadOnlySpan<byte> Header { get; private init; }
    /// <summary>The dictionary's entries, without "&lt;&lt;" and "&gt;&gt;".</summary>
    public ReadOnlySpan<byte> Entries { get; private init; }
    public ReadOnlySpan<byte> Data { get; private init; }

    /// <summary>False for an object that is not a stream.</summary>
    public static bool TryRead(ReadOnlySpan<byte> pdfObject, out StoredStream stream)
    {
        stream = default;
        if (!pdfObject.EndsWith(ObjectEnd)) return false;
        var open = pdfObject.IndexOf("obj\n<<"u8);
        var close = pdfObject.IndexOf(DataStart);
        if (open < 0 || close < open) return false;
        var entries = pdfObject[(open + "obj\n<<".Length)..close];
        var dataStart = close + DataStart.Length;
        var dataEnd = pdfObject.Length - ObjectEnd.Length;
        var length = entries.IndexOf(LengthKey);
        if (length < 0 || CrossReferenceTable.Number(entries[(length + LengthKey.Length)..]) != dataEnd - dataStart)
            throw new InvalidOperationException("PDFsharp saved a stream whose /Length is not where its data ends.");
        stream = new StoredStream
        {
            Header = pdfObject[..(open + "obj\n".Length)],
            Entries = entries,
            Data = pdfObject[dataStart..dataEnd],
        };
        return true;
    }

    public bool Has(ReadOnlySpan<byte> entry) => Entries.IndexOf(entry) >= 0;

    /// <summary>The object again with other data, its /Length updated and the given entry added.</summary>
    public void Write(Stream output, ReadOnlySpan<byte> data, ReadOnlySpan<byte> addedEntry = default)
    {
        var length = Entries.IndexOf(LengthKey) + LengthKey.Length;
        var digits = length;
        while (digits < Entries.Length && char.IsAsciiDigit((char)Entries[digits])) digits++;
        output.Write(Header);
        output.Write("<<"u8);
        output.Write(Entries[..length]);
        CrossReferenceTable.WriteNumber(output, data.Length);
        output.Write(Entries[digits..]);
        output.Write(addedEntry);
        output.Write(DataStart);
        output.Write(data);
        output.Write(ObjectEnd);
    }
}
