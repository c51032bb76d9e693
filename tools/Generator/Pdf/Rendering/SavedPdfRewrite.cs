namespace Leaflet.Pdf.Rendering;

/// <summary>
/// One pass over the file PDFsharp saved, object by object in file order: every stream compressed
/// (<see cref="StreamCompression"/>), the XMP replaced (<see cref="MetadataStreamReplacement"/>),
/// and a cross-reference table written for the new offsets. Each of these used to be a pass of its
/// own over the whole file, as text, with regular expressions and a copy of the file each.
/// </summary>
internal static class SavedPdfRewrite
{
    /// <param name="output">Empty: the offsets written are its positions.</param>
    public static void Apply(ReadOnlySpan<byte> saved, byte[] xmp, Stream output)
    {
        var table = CrossReferenceTable.Read(saved);
        var metadata = MetadataStreamReplacement.ObjectNumber(saved, table);
        var replacement = new MetadataStreamReplacement(xmp);
        using var compression = new StreamCompression();
        var order = ObjectsInFileOrder(table);
        var offsets = new int[table.Count];

        output.Write(saved[..(order.Count > 0 ? table.ObjectOffset(order[0]) : table.Offset)]);
        for (var i = 0; i < order.Count; i++)
        {
            var number = order[i];
            var start = table.ObjectOffset(number);
            var end = i + 1 < order.Count ? table.ObjectOffset(order[i + 1]) : table.Offset;
            offsets[number] = checked((int)output.Position);
            if (number == metadata) replacement.Write(output, number);
            else if (StoredStream.TryRead(saved[start..end], out var stream)) compression.Write(output, stream);
            else output.Write(saved[start..end]);
        }
        table.Write(output, offsets);
    }

    private static List<int> ObjectsInFileOrder(CrossReferenceTable table)
    {
        var order = new List<int>(table.Count);
        for (var number = 1; number < table.Count; number++)
            if (table.InUse(number)) order.Add(number);
        order.Sort((a, b) => table.ObjectOffset(a).CompareTo(table.ObjectOffset(b)));
        return order;
    }
}
