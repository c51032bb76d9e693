namespace Leaflet.Pdf.PostSave;

/// <summary>
/// One pass over the file PDFsharp saved, object by object in file order: every stream compressed
/// (<see cref="StreamCompression"/>), the XMP replaced (<see cref="MetadataStreamReplacement"/>),
/// and a cross-reference table written for the new offsets; the file is read once and written once.
/// </summary>
internal static class SavedPdfRewrite
{
    /// <param name="output">Empty: the offsets written are its positions.</param>
    public static void Apply(ReadOnlySpan<byte> saved, byte[] xmp, Stream output)
    {
        var objects = new SavedObjects(CrossReferenceTable.Read(saved));
        var metadata = MetadataStreamReplacement.ObjectNumber(saved, objects);
        var replacement = new MetadataStreamReplacement(xmp);
        using var compression = new StreamCompression();
        var offsets = new int[objects.Table.Count];

        output.Write(saved[..objects.FirstOffset]);
        foreach (var number in objects.InFileOrder)
        {
            var pdfObject = objects.Object(saved, number);
            offsets[number] = checked((int)output.Position);
            if (number == metadata) replacement.Write(output, number);
            else if (!StoredStream.TryRead(pdfObject, out var stream)) output.Write(pdfObject);
            else compression.Write(output, stream);
        }
        objects.Table.Write(output, offsets);
    }
}
